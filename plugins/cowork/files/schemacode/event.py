"""Generated from cowork/schemas/event.schema.json by fastjsonschema, through
`python -m cowork.files.fastschema`: do not edit (see cowork.files.fastschema)."""

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$': re.compile('^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?\\Z'),
    '^ *(\\d{1,6} *d *)?(\\d{1,6} *h *)?(\\d{1,6} *((min|m) *)?)?$': re.compile('^ *(\\d{1,6} *d *)?(\\d{1,6} *h *)?(\\d{1,6} *((min|m) *)?)?\\Z'),
    '^(RRULE:)?[A-Za-z]+=[^;]+(;[A-Za-z]+=[^;]+)*;?$': re.compile('^(RRULE:)?[A-Za-z]+=[^;]+(;[A-Za-z]+=[^;]+)*;?\\Z'),
    '^\\d{4}-\\d{2}-\\d{2}$': re.compile('^\\d{4}-\\d{2}-\\d{2}\\Z'),
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^https://[^\\s]+$': re.compile('^https://[^\\s]+\\Z'),
    '^[A-Za-z0-9][A-Za-z0-9@._:-]{7,199}$': re.compile('^[A-Za-z0-9][A-Za-z0-9@._:-]{7,199}\\Z')
}

NoneType = type(None)

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'start']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters")
                if data__title_len > 120:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be shorter than or equal to 120 characters")
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must be string")
            if isinstance(data__start, str):
                if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$'].search(data__start):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".start must match pattern ^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$")
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must be string")
            if isinstance(data__end, str):
                if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$'].search(data__end):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end must match pattern ^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$")
        if "duration" in data_keys:
            data_keys.remove("duration")
            data__duration = data["duration"]
            if not isinstance(data__duration, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".duration must be string")
            if isinstance(data__duration, str):
                data__duration_len = len(data__duration)
                if data__duration_len > 40:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".duration must be shorter than or equal to 40 characters")
                if not REGEX_PATTERNS['^ *(\\d{1,6} *d *)?(\\d{1,6} *h *)?(\\d{1,6} *((min|m) *)?)?$'].search(data__duration):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".duration must match pattern ^ *(\\d{1,6} *d *)?(\\d{1,6} *h *)?(\\d{1,6} *((min|m) *)?)?$")
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be string")
        if "location" in data_keys:
            data_keys.remove("location")
            data__location = data["location"]
            if not isinstance(data__location, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".location must be string")
            if isinstance(data__location, str):
                data__location_len = len(data__location)
                if data__location_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".location must be shorter than or equal to 200 characters")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
            if isinstance(data__description, str):
                data__description_len = len(data__description)
                if data__description_len > 10000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be shorter than or equal to 10000 characters")
        if "repeat" in data_keys:
            data_keys.remove("repeat")
            data__repeat = data["repeat"]
            if not isinstance(data__repeat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".repeat must be string")
            if isinstance(data__repeat, str):
                if not REGEX_PATTERNS['^(RRULE:)?[A-Za-z]+=[^;]+(;[A-Za-z]+=[^;]+)*;?$'].search(data__repeat):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".repeat must match pattern ^(RRULE:)?[A-Za-z]+=[^;]+(;[A-Za-z]+=[^;]+)*;?$")
        if "except" in data_keys:
            data_keys.remove("except")
            data__except = data["except"]
            if not isinstance(data__except, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".except must be array")
            data__except_is_list = isinstance(data__except, (list, tuple))
            if data__except_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__except_len = len(data__except)
                if data__except_len > len(set(fn(data__except_x) for data__except_x in data__except)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".except must contain unique items")
                for data__except_x, data__except_item in enumerate(data__except):
                    if not isinstance(data__except_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".except[{data__except_x}]".format(**locals()) + " must be string")
                    if isinstance(data__except_item, str):
                        if not custom_formats["date"](data__except_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".except[{data__except_x}]".format(**locals()) + " must be date")
        if "changes" in data_keys:
            data_keys.remove("changes")
            data__changes = data["changes"]
            if not isinstance(data__changes, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".changes must be object")
            data__changes_is_dict = isinstance(data__changes, dict)
            if data__changes_is_dict:
                data__changes_keys = set(data__changes.keys())
                for data__changes_key in data__changes_keys:
                    if data__changes_key not in []:
                        data__changes_value = data__changes.get(data__changes_key)
                        if not isinstance(data__changes_value, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".changes.{data__changes_key}".format(**locals()) + " must be object")
                        data__changes_value_is_dict = isinstance(data__changes_value, dict)
                        if data__changes_value_is_dict:
                            data__changes_value_keys = set(data__changes_value.keys())
                            if "start" in data__changes_value_keys:
                                data__changes_value_keys.remove("start")
                                data__changes_value__start = data__changes_value["start"]
                                validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_start(data__changes_value__start, custom_formats, (name_prefix or "data") + ".changes.{data__changes_key}.start".format(**locals()))
                            if "end" in data__changes_value_keys:
                                data__changes_value_keys.remove("end")
                                data__changes_value__end = data__changes_value["end"]
                                validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_end(data__changes_value__end, custom_formats, (name_prefix or "data") + ".changes.{data__changes_key}.end".format(**locals()))
                            if "status" in data__changes_value_keys:
                                data__changes_value_keys.remove("status")
                                data__changes_value__status = data__changes_value["status"]
                                validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_status(data__changes_value__status, custom_formats, (name_prefix or "data") + ".changes.{data__changes_key}.status".format(**locals()))
                            if "location" in data__changes_value_keys:
                                data__changes_value_keys.remove("location")
                                data__changes_value__location = data__changes_value["location"]
                                validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_location(data__changes_value__location, custom_formats, (name_prefix or "data") + ".changes.{data__changes_key}.location".format(**locals()))
                            if data__changes_value_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".changes.{data__changes_key}".format(**locals()) + " must not contain "+str(data__changes_value_keys)+" properties")
                data__changes_len = len(data__changes)
                if data__changes_len != 0:
                    data__changes_property_names = True
                    for data__changes_key in data__changes:
                        try:
                            if isinstance(data__changes_key, str):
                                if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}$'].search(data__changes_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".changes must match pattern ^\\d{4}-\\d{2}-\\d{2}$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__changes_property_names = False
                    if not data__changes_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".changes must be named by propertyName definition")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'confirmed' or isinstance(data__status, str) and data__status == 'tentative' or isinstance(data__status, str) and data__status == 'cancelled'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['confirmed', 'tentative', 'cancelled']")
        if "organizers" in data_keys:
            data_keys.remove("organizers")
            data__organizers = data["organizers"]
            if not isinstance(data__organizers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizers must be array")
            data__organizers_is_list = isinstance(data__organizers, (list, tuple))
            if data__organizers_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__organizers_len = len(data__organizers)
                if data__organizers_len > len(set(fn(data__organizers_x) for data__organizers_x in data__organizers)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizers must contain unique items")
                for data__organizers_x, data__organizers_item in enumerate(data__organizers):
                    if not isinstance(data__organizers_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizers[{data__organizers_x}]".format(**locals()) + " must be string")
                    if isinstance(data__organizers_item, str):
                        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__organizers_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".organizers[{data__organizers_x}]".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags must be array")
            data__tags_is_list = isinstance(data__tags, (list, tuple))
            if data__tags_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__tags_len = len(data__tags)
                if data__tags_len > len(set(fn(data__tags_x) for data__tags_x in data__tags)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags must contain unique items")
                for data__tags_x, data__tags_item in enumerate(data__tags):
                    if not isinstance(data__tags_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must be string")
                    if isinstance(data__tags_item, str):
                        data__tags_item_len = len(data__tags_item)
                        if data__tags_item_len > 40:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must be shorter than or equal to 40 characters")
                        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__tags_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
        if "price" in data_keys:
            data_keys.remove("price")
            data__price = data["price"]
            if not isinstance(data__price, (int, float, Decimal)) or isinstance(data__price, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".price must be number")
            if isinstance(data__price, (int, float, Decimal)) and not isinstance(data__price, bool):
                if data__price < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".price must be bigger than or equal to 0")
                if data__price > 100000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".price must be smaller than or equal to 100000")
        if "currency" in data_keys:
            data_keys.remove("currency")
            data__currency = data["currency"]
            if not isinstance(data__currency, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".currency must be string")
            if isinstance(data__currency, str):
                if not REGEX_PATTERNS['^[A-Z]{3}$'].search(data__currency):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".currency must match pattern ^[A-Z]{3}$")
        if "registration" in data_keys:
            data_keys.remove("registration")
            data__registration = data["registration"]
            if not isinstance(data__registration, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".registration must be string")
            if isinstance(data__registration, str):
                if not REGEX_PATTERNS['^https://[^\\s]+$'].search(data__registration):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".registration must match pattern ^https://[^\\s]+$")
        if "uid" in data_keys:
            data_keys.remove("uid")
            data__uid = data["uid"]
            if not isinstance(data__uid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".uid must be string")
            if isinstance(data__uid, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9@._:-]{7,199}$'].search(data__uid):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".uid must match pattern ^[A-Za-z0-9][A-Za-z0-9@._:-]{7,199}$")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_location(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 200:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 200 characters")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_status(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'confirmed' or isinstance(data, str) and data == 'tentative' or isinstance(data, str) and data == 'cancelled'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['confirmed', 'tentative', 'cancelled']")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_end(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json__properties_start(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$")
    return data


validate = validate_https___github_com_la_navette_site_plugins_cowork_schemas_event_schema_json

SCHEMA = {'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://github.com/la-navette/site/plugins/cowork/schemas/event.schema.json', 'title': 'Event of the coworking space', 'description': "One file per event in events/ (sub-folders allowed); the file name is the event's address and must be unique.", 'type': 'object', 'additionalProperties': False, 'required': ['title', 'start'], 'properties': {'title': {'type': 'string', 'minLength': 1, 'maxLength': 120, 'x-expected': "the event's name, as text of 1 to 120 characters"}, 'start': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$', 'description': 'Local date and time (2026-12-03 08:30) in `timezone`; a date alone (2026-12-03) makes an all-day event.', 'x-expected': 'a local date and time written YYYY-MM-DD HH:MM, or a date YYYY-MM-DD for an all-day event'}, 'end': {'type': 'string', 'pattern': '^\\d{4}-\\d{2}-\\d{2}([ T]\\d{1,2}:\\d{2}(:\\d{2})?)?$', 'description': 'Local end time; for an all-day event, the last day (inclusive). Or give `duration`.', 'x-expected': 'a local date and time written YYYY-MM-DD HH:MM (for an all-day event, the last day YYYY-MM-DD)'}, 'duration': {'type': 'string', 'maxLength': 40, 'pattern': '^ *(\\d{1,6} *d *)?(\\d{1,6} *h *)?(\\d{1,6} *((min|m) *)?)?$', 'description': 'Instead of `end`: 1h30, 45min, 2h, 2d.', 'x-expected': 'a duration such as 1h30, 45min or 2d'}, 'timezone': {'type': 'string', 'description': "An IANA time zone such as Europe/Paris; defaults to the site's TIMEZONE.", 'x-expected': "a time zone name such as 'Europe/Paris'"}, 'location': {'type': 'string', 'maxLength': 200, 'description': 'A room of the space, an address elsewhere, or an https:// link for an online event.', 'x-expected': 'a room of the space, an address, or an https:// link'}, 'description': {'type': 'string', 'maxLength': 10000, 'description': 'Markdown. HTML is removed.', 'x-expected': 'Markdown text of at most 10,000 characters'}, 'repeat': {'type': 'string', 'pattern': '^(RRULE:)?[A-Za-z]+=[^;]+(;[A-Za-z]+=[^;]+)*;?$', 'description': 'An RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1TH.', 'x-expected': 'an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU'}, 'except': {'type': 'array', 'description': 'Dates (as the rule gives them) on which the series does not take place.', 'items': {'type': 'string', 'format': 'date', 'x-expected': 'a date written YYYY-MM-DD'}, 'uniqueItems': True, 'x-expected': 'a list of dates written YYYY-MM-DD'}, 'changes': {'type': 'object', 'description': 'Per occurrence, keyed by the date the rule gives it: a new start and end, a status, a place.', 'propertyNames': {'pattern': '^\\d{4}-\\d{2}-\\d{2}$', 'x-expected': 'dates written YYYY-MM-DD as keys (the dates the rule gives)'}, 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'properties': {'start': {'$ref': '#/properties/start'}, 'end': {'$ref': '#/properties/end'}, 'status': {'$ref': '#/properties/status'}, 'location': {'$ref': '#/properties/location'}}, 'x-expected': 'a mapping with start, end, status or location'}, 'x-expected': 'a mapping from dates (YYYY-MM-DD) to changes'}, 'status': {'enum': ['confirmed', 'tentative', 'cancelled']}, 'organizers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'x-expected': 'a member handle (the name of a file in members/, such as camille-martin)'}, 'uniqueItems': True, 'x-expected': 'a list of member handles'}, 'tags': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$', 'maxLength': 40, 'x-expected': "a tag of lowercase letters, digits and hyphens, such as 'networking'"}, 'uniqueItems': True, 'x-expected': 'a list of tags'}, 'price': {'type': 'number', 'minimum': 0, 'maximum': 100000, 'description': 'What a place costs, in `currency` (0 for free): search engines show it.', 'x-expected': 'a price such as 5 or 12.50 (0 for free)'}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': "The price's currency (ISO 4217); EUR when not given.", 'x-expected': 'a currency code such as EUR'}, 'registration': {'type': 'string', 'pattern': '^https://[^\\s]+$', 'x-expected': 'an https:// link'}, 'uid': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9@._:-]{7,199}$', 'description': 'A stable identifier for calendars (a UUID); keep it when the file is renamed.', 'x-expected': 'a stable identifier such as a UUID (8 to 200 letters, digits, @ . _ : -)'}}}
