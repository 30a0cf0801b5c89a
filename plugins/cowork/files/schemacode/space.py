"""Generated from cowork/schemas/space.schema.json by fastjsonschema, through
`python -m cowork.files.fastschema`: do not edit (see cowork.files.fastschema)."""

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^(fr|en|nl)(_[A-Z]{2})?$': re.compile('^(fr|en|nl)(_[A-Z]{2})?\\Z'),
    '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$': re.compile('^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+\\Z'),
    '^[A-Z]{2}$': re.compile('^[A-Z]{2}\\Z'),
    '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$': re.compile('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\Z'),
    '^images/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(jpg|jpeg|png|webp)$': re.compile('^images/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(jpg|jpeg|png|webp)\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^#([0-9a-fA-F]{3}){1,2}$': re.compile('^#([0-9a-fA-F]{3}){1,2}\\Z'),
    '^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$': re.compile('^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)\\Z'),
    '^https://[^\\s]+$': re.compile('^https://[^\\s]+\\Z'),
    '^(fr|en|nl)$': re.compile('^(fr|en|nl)\\Z'),
    '^[^\\n]*\\S[^\\n]*$': re.compile('^[^\\n]*\\S[^\\n]*\\Z')
}

NoneType = type(None)

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'language', 'timezone']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "legal_name" in data_keys:
            data_keys.remove("legal_name")
            data__legalname = data["legal_name"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__legalname, custom_formats, (name_prefix or "data") + ".legal_name")
        if "tagline" in data_keys:
            data_keys.remove("tagline")
            data__tagline = data["tagline"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_line(data__tagline, custom_formats, (name_prefix or "data") + ".tagline")
        if "introduction" in data_keys:
            data_keys.remove("introduction")
            data__introduction = data["introduction"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_text(data__introduction, custom_formats, (name_prefix or "data") + ".introduction")
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not isinstance(data__language, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must be string")
            if isinstance(data__language, str):
                if not REGEX_PATTERNS['^(fr|en|nl)(_[A-Z]{2})?$'].search(data__language):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must match pattern ^(fr|en|nl)(_[A-Z]{2})?$")
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be string")
            if isinstance(data__timezone, str):
                if not REGEX_PATTERNS['^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$'].search(data__timezone):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must match pattern ^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$")
        if "public_url" in data_keys:
            data_keys.remove("public_url")
            data__publicurl = data["public_url"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_https_url(data__publicurl, custom_formats, (name_prefix or "data") + ".public_url")
        if "repository" in data_keys:
            data_keys.remove("repository")
            data__repository = data["repository"]
            if not isinstance(data__repository, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".repository must be object")
            data__repository_is_dict = isinstance(data__repository, dict)
            if data__repository_is_dict:
                data__repository__missing_keys = set(['url']) - data__repository.keys()
                if data__repository__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".repository must contain ")
                data__repository_keys = set(data__repository.keys())
                if "url" in data__repository_keys:
                    data__repository_keys.remove("url")
                    data__repository__url = data__repository["url"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_https_url(data__repository__url, custom_formats, (name_prefix or "data") + ".repository.url")
                if "branch" in data__repository_keys:
                    data__repository_keys.remove("branch")
                    data__repository__branch = data__repository["branch"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__repository__branch, custom_formats, (name_prefix or "data") + ".repository.branch")
                if data__repository_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".repository must not contain "+str(data__repository_keys)+" properties")
        if "address" in data_keys:
            data_keys.remove("address")
            data__address = data["address"]
            if not isinstance(data__address, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".address must be object")
            data__address_is_dict = isinstance(data__address, dict)
            if data__address_is_dict:
                data__address_keys = set(data__address.keys())
                if "street" in data__address_keys:
                    data__address_keys.remove("street")
                    data__address__street = data__address["street"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__address__street, custom_formats, (name_prefix or "data") + ".address.street")
                if "postcode" in data__address_keys:
                    data__address_keys.remove("postcode")
                    data__address__postcode = data__address["postcode"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__address__postcode, custom_formats, (name_prefix or "data") + ".address.postcode")
                if "city" in data__address_keys:
                    data__address_keys.remove("city")
                    data__address__city = data__address["city"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__address__city, custom_formats, (name_prefix or "data") + ".address.city")
                if "country" in data__address_keys:
                    data__address_keys.remove("country")
                    data__address__country = data__address["country"]
                    if not isinstance(data__address__country, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.country must be string")
                    if isinstance(data__address__country, str):
                        if not REGEX_PATTERNS['^[A-Z]{2}$'].search(data__address__country):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.country must match pattern ^[A-Z]{2}$")
                if "latitude" in data__address_keys:
                    data__address_keys.remove("latitude")
                    data__address__latitude = data__address["latitude"]
                    if not isinstance(data__address__latitude, (int, float, Decimal)) or isinstance(data__address__latitude, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.latitude must be number")
                    if isinstance(data__address__latitude, (int, float, Decimal)) and not isinstance(data__address__latitude, bool):
                        if data__address__latitude < -90:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.latitude must be bigger than or equal to -90")
                        if data__address__latitude > 90:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.latitude must be smaller than or equal to 90")
                if "longitude" in data__address_keys:
                    data__address_keys.remove("longitude")
                    data__address__longitude = data__address["longitude"]
                    if not isinstance(data__address__longitude, (int, float, Decimal)) or isinstance(data__address__longitude, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.longitude must be number")
                    if isinstance(data__address__longitude, (int, float, Decimal)) and not isinstance(data__address__longitude, bool):
                        if data__address__longitude < -180:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.longitude must be bigger than or equal to -180")
                        if data__address__longitude > 180:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".address.longitude must be smaller than or equal to 180")
                if "directions" in data__address_keys:
                    data__address_keys.remove("directions")
                    data__address__directions = data__address["directions"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_text(data__address__directions, custom_formats, (name_prefix or "data") + ".address.directions")
                if data__address_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".address must not contain "+str(data__address_keys)+" properties")
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object")
            data__contact_is_dict = isinstance(data__contact, dict)
            if data__contact_is_dict:
                data__contact_keys = set(data__contact.keys())
                if "email" in data__contact_keys:
                    data__contact_keys.remove("email")
                    data__contact__email = data__contact["email"]
                    if not isinstance(data__contact__email, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.email must be string")
                    if isinstance(data__contact__email, str):
                        if not REGEX_PATTERNS['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'].search(data__contact__email):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.email must match pattern ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
                if "phone" in data__contact_keys:
                    data__contact_keys.remove("phone")
                    data__contact__phone = data__contact["phone"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__contact__phone, custom_formats, (name_prefix or "data") + ".contact.phone")
                if data__contact_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must not contain "+str(data__contact_keys)+" properties")
        if "social" in data_keys:
            data_keys.remove("social")
            data__social = data["social"]
            if not isinstance(data__social, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".social must be array")
            data__social_is_list = isinstance(data__social, (list, tuple))
            if data__social_is_list:
                data__social_len = len(data__social)
                for data__social_x, data__social_item in enumerate(data__social):
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_link(data__social_item, custom_formats, (name_prefix or "data") + ".social[{data__social_x}]".format(**locals()))
        if "hours" in data_keys:
            data_keys.remove("hours")
            data__hours = data["hours"]
            if not isinstance(data__hours, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours must be object")
            data__hours_is_dict = isinstance(data__hours, dict)
            if data__hours_is_dict:
                data__hours_keys = set(data__hours.keys())
                if "monday" in data__hours_keys:
                    data__hours_keys.remove("monday")
                    data__hours__monday = data__hours["monday"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data__hours__monday, custom_formats, (name_prefix or "data") + ".hours.monday")
                if "tuesday" in data__hours_keys:
                    data__hours_keys.remove("tuesday")
                    data__hours__tuesday = data__hours["tuesday"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data__hours__tuesday, custom_formats, (name_prefix or "data") + ".hours.tuesday")
                if "wednesday" in data__hours_keys:
                    data__hours_keys.remove("wednesday")
                    data__hours__wednesday = data__hours["wednesday"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data__hours__wednesday, custom_formats, (name_prefix or "data") + ".hours.wednesday")
                if "thursday" in data__hours_keys:
                    data__hours_keys.remove("thursday")
                    data__hours__thursday = data__hours["thursday"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data__hours__thursday, custom_formats, (name_prefix or "data") + ".hours.thursday")
                if "friday" in data__hours_keys:
                    data__hours_keys.remove("friday")
                    data__hours__friday = data__hours["friday"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data__hours__friday, custom_formats, (name_prefix or "data") + ".hours.friday")
                if "saturday" in data__hours_keys:
                    data__hours_keys.remove("saturday")
                    data__hours__saturday = data__hours["saturday"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data__hours__saturday, custom_formats, (name_prefix or "data") + ".hours.saturday")
                if "sunday" in data__hours_keys:
                    data__hours_keys.remove("sunday")
                    data__hours__sunday = data__hours["sunday"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data__hours__sunday, custom_formats, (name_prefix or "data") + ".hours.sunday")
                if data__hours_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".hours must not contain "+str(data__hours_keys)+" properties")
        if "closures" in data_keys:
            data_keys.remove("closures")
            data__closures = data["closures"]
            if not isinstance(data__closures, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures must be array")
            data__closures_is_list = isinstance(data__closures, (list, tuple))
            if data__closures_is_list:
                data__closures_len = len(data__closures)
                for data__closures_x, data__closures_item in enumerate(data__closures):
                    if not isinstance(data__closures_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures[{data__closures_x}]".format(**locals()) + " must be object")
                    data__closures_item_is_dict = isinstance(data__closures_item, dict)
                    if data__closures_item_is_dict:
                        data__closures_item__missing_keys = set(['from']) - data__closures_item.keys()
                        if data__closures_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures[{data__closures_x}]".format(**locals()) + " must contain ")
                        data__closures_item_keys = set(data__closures_item.keys())
                        if "from" in data__closures_item_keys:
                            data__closures_item_keys.remove("from")
                            data__closures_item__from = data__closures_item["from"]
                            if not isinstance(data__closures_item__from, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures[{data__closures_x}].from".format(**locals()) + " must be string")
                            if isinstance(data__closures_item__from, str):
                                if not custom_formats["date"](data__closures_item__from):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures[{data__closures_x}].from".format(**locals()) + " must be date")
                        if "to" in data__closures_item_keys:
                            data__closures_item_keys.remove("to")
                            data__closures_item__to = data__closures_item["to"]
                            if not isinstance(data__closures_item__to, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures[{data__closures_x}].to".format(**locals()) + " must be string")
                            if isinstance(data__closures_item__to, str):
                                if not custom_formats["date"](data__closures_item__to):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures[{data__closures_x}].to".format(**locals()) + " must be date")
                        if "label" in data__closures_item_keys:
                            data__closures_item_keys.remove("label")
                            data__closures_item__label = data__closures_item["label"]
                            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_line(data__closures_item__label, custom_formats, (name_prefix or "data") + ".closures[{data__closures_x}].label".format(**locals()))
                        if data__closures_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".closures[{data__closures_x}]".format(**locals()) + " must not contain "+str(data__closures_item_keys)+" properties")
        if "picture" in data_keys:
            data_keys.remove("picture")
            data__picture = data["picture"]
            if not isinstance(data__picture, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".picture must be object")
            data__picture_is_dict = isinstance(data__picture, dict)
            if data__picture_is_dict:
                data__picture__missing_keys = set(['path', 'alt']) - data__picture.keys()
                if data__picture__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".picture must contain ")
                data__picture_keys = set(data__picture.keys())
                if "path" in data__picture_keys:
                    data__picture_keys.remove("path")
                    data__picture__path = data__picture["path"]
                    if not isinstance(data__picture__path, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".picture.path must be string")
                    if isinstance(data__picture__path, str):
                        if not REGEX_PATTERNS['^images/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(jpg|jpeg|png|webp)$'].search(data__picture__path):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".picture.path must match pattern ^images/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(jpg|jpeg|png|webp)$")
                if "alt" in data__picture_keys:
                    data__picture_keys.remove("alt")
                    data__picture__alt = data__picture["alt"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_line(data__picture__alt, custom_formats, (name_prefix or "data") + ".picture.alt")
                if data__picture_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".picture must not contain "+str(data__picture_keys)+" properties")
        if "home" in data_keys:
            data_keys.remove("home")
            data__home = data["home"]
            if not isinstance(data__home, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".home must be object")
            data__home_is_dict = isinstance(data__home, dict)
            if data__home_is_dict:
                data__home_keys = set(data__home.keys())
                if "sections" in data__home_keys:
                    data__home_keys.remove("sections")
                    data__home__sections = data__home["sections"]
                    if not isinstance(data__home__sections, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".home.sections must be array")
                    data__home__sections_is_list = isinstance(data__home__sections, (list, tuple))
                    if data__home__sections_is_list:
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        data__home__sections_len = len(data__home__sections)
                        if data__home__sections_len > len(set(fn(data__home__sections_x) for data__home__sections_x in data__home__sections)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".home.sections must contain unique items")
                        for data__home__sections_x, data__home__sections_item in enumerate(data__home__sections):
                            if not (isinstance(data__home__sections_item, str) and data__home__sections_item == 'intro' or isinstance(data__home__sections_item, str) and data__home__sections_item == 'hours' or isinstance(data__home__sections_item, str) and data__home__sections_item == 'events' or isinstance(data__home__sections_item, str) and data__home__sections_item == 'posts' or isinstance(data__home__sections_item, str) and data__home__sections_item == 'members' or isinstance(data__home__sections_item, str) and data__home__sections_item == 'plans' or isinstance(data__home__sections_item, str) and data__home__sections_item == 'access' or isinstance(data__home__sections_item, str) and data__home__sections_item == 'join'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".home.sections[{data__home__sections_x}]".format(**locals()) + " must be one of ['intro', 'hours', 'events', 'posts', 'members', 'plans', 'access', 'join']")
                if data__home_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".home must not contain "+str(data__home_keys)+" properties")
        if "plans" in data_keys:
            data_keys.remove("plans")
            data__plans = data["plans"]
            if not isinstance(data__plans, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans must be array")
            data__plans_is_list = isinstance(data__plans, (list, tuple))
            if data__plans_is_list:
                data__plans_len = len(data__plans)
                for data__plans_x, data__plans_item in enumerate(data__plans):
                    if not isinstance(data__plans_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}]".format(**locals()) + " must be object")
                    data__plans_item_is_dict = isinstance(data__plans_item, dict)
                    if data__plans_item_is_dict:
                        data__plans_item__missing_keys = set(['name', 'price', 'per']) - data__plans_item.keys()
                        if data__plans_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}]".format(**locals()) + " must contain ")
                        data__plans_item_keys = set(data__plans_item.keys())
                        if "name" in data__plans_item_keys:
                            data__plans_item_keys.remove("name")
                            data__plans_item__name = data__plans_item["name"]
                            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__plans_item__name, custom_formats, (name_prefix or "data") + ".plans[{data__plans_x}].name".format(**locals()))
                        if "price" in data__plans_item_keys:
                            data__plans_item_keys.remove("price")
                            data__plans_item__price = data__plans_item["price"]
                            if not isinstance(data__plans_item__price, (int, float, Decimal)) or isinstance(data__plans_item__price, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].price".format(**locals()) + " must be number")
                            if isinstance(data__plans_item__price, (int, float, Decimal)) and not isinstance(data__plans_item__price, bool):
                                if data__plans_item__price < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].price".format(**locals()) + " must be bigger than or equal to 0")
                        if "reduced_price" in data__plans_item_keys:
                            data__plans_item_keys.remove("reduced_price")
                            data__plans_item__reducedprice = data__plans_item["reduced_price"]
                            if not isinstance(data__plans_item__reducedprice, (int, float, Decimal)) or isinstance(data__plans_item__reducedprice, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].reduced_price".format(**locals()) + " must be number")
                            if isinstance(data__plans_item__reducedprice, (int, float, Decimal)) and not isinstance(data__plans_item__reducedprice, bool):
                                if data__plans_item__reducedprice < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].reduced_price".format(**locals()) + " must be bigger than or equal to 0")
                        if "currency" in data__plans_item_keys:
                            data__plans_item_keys.remove("currency")
                            data__plans_item__currency = data__plans_item["currency"]
                            if not isinstance(data__plans_item__currency, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].currency".format(**locals()) + " must be string")
                            if isinstance(data__plans_item__currency, str):
                                if not REGEX_PATTERNS['^[A-Z]{3}$'].search(data__plans_item__currency):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].currency".format(**locals()) + " must match pattern ^[A-Z]{3}$")
                        if "per" in data__plans_item_keys:
                            data__plans_item_keys.remove("per")
                            data__plans_item__per = data__plans_item["per"]
                            if not (isinstance(data__plans_item__per, str) and data__plans_item__per == 'hour' or isinstance(data__plans_item__per, str) and data__plans_item__per == 'day' or isinstance(data__plans_item__per, str) and data__plans_item__per == 'month' or isinstance(data__plans_item__per, str) and data__plans_item__per == 'year'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].per".format(**locals()) + " must be one of ['hour', 'day', 'month', 'year']")
                        if "includes" in data__plans_item_keys:
                            data__plans_item_keys.remove("includes")
                            data__plans_item__includes = data__plans_item["includes"]
                            if not isinstance(data__plans_item__includes, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}].includes".format(**locals()) + " must be array")
                            data__plans_item__includes_is_list = isinstance(data__plans_item__includes, (list, tuple))
                            if data__plans_item__includes_is_list:
                                data__plans_item__includes_len = len(data__plans_item__includes)
                                for data__plans_item__includes_x, data__plans_item__includes_item in enumerate(data__plans_item__includes):
                                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_line(data__plans_item__includes_item, custom_formats, (name_prefix or "data") + ".plans[{data__plans_x}].includes[{data__plans_item__includes_x}]".format(**locals()))
                        if data__plans_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".plans[{data__plans_x}]".format(**locals()) + " must not contain "+str(data__plans_item_keys)+" properties")
        if "linked_spaces" in data_keys:
            data_keys.remove("linked_spaces")
            data__linkedspaces = data["linked_spaces"]
            if not isinstance(data__linkedspaces, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".linked_spaces must be array")
            data__linkedspaces_is_list = isinstance(data__linkedspaces, (list, tuple))
            if data__linkedspaces_is_list:
                data__linkedspaces_len = len(data__linkedspaces)
                for data__linkedspaces_x, data__linkedspaces_item in enumerate(data__linkedspaces):
                    if not isinstance(data__linkedspaces_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".linked_spaces[{data__linkedspaces_x}]".format(**locals()) + " must be object")
                    data__linkedspaces_item_is_dict = isinstance(data__linkedspaces_item, dict)
                    if data__linkedspaces_item_is_dict:
                        data__linkedspaces_item__missing_keys = set(['label', 'url']) - data__linkedspaces_item.keys()
                        if data__linkedspaces_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".linked_spaces[{data__linkedspaces_x}]".format(**locals()) + " must contain ")
                        data__linkedspaces_item_keys = set(data__linkedspaces_item.keys())
                        if "label" in data__linkedspaces_item_keys:
                            data__linkedspaces_item_keys.remove("label")
                            data__linkedspaces_item__label = data__linkedspaces_item["label"]
                            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__linkedspaces_item__label, custom_formats, (name_prefix or "data") + ".linked_spaces[{data__linkedspaces_x}].label".format(**locals()))
                        if "url" in data__linkedspaces_item_keys:
                            data__linkedspaces_item_keys.remove("url")
                            data__linkedspaces_item__url = data__linkedspaces_item["url"]
                            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_https_url(data__linkedspaces_item__url, custom_formats, (name_prefix or "data") + ".linked_spaces[{data__linkedspaces_x}].url".format(**locals()))
                        if "spaceapi" in data__linkedspaces_item_keys:
                            data__linkedspaces_item_keys.remove("spaceapi")
                            data__linkedspaces_item__spaceapi = data__linkedspaces_item["spaceapi"]
                            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_https_url(data__linkedspaces_item__spaceapi, custom_formats, (name_prefix or "data") + ".linked_spaces[{data__linkedspaces_x}].spaceapi".format(**locals()))
                        if data__linkedspaces_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".linked_spaces[{data__linkedspaces_x}]".format(**locals()) + " must not contain "+str(data__linkedspaces_item_keys)+" properties")
        if "colors" in data_keys:
            data_keys.remove("colors")
            data__colors = data["colors"]
            if not isinstance(data__colors, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".colors must be object")
            data__colors_is_dict = isinstance(data__colors, dict)
            if data__colors_is_dict:
                data__colors_keys = set(data__colors.keys())
                if "background" in data__colors_keys:
                    data__colors_keys.remove("background")
                    data__colors__background = data__colors["background"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_color(data__colors__background, custom_formats, (name_prefix or "data") + ".colors.background")
                if "text" in data__colors_keys:
                    data__colors_keys.remove("text")
                    data__colors__text = data__colors["text"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_color(data__colors__text, custom_formats, (name_prefix or "data") + ".colors.text")
                if "accent" in data__colors_keys:
                    data__colors_keys.remove("accent")
                    data__colors__accent = data__colors["accent"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_color(data__colors__accent, custom_formats, (name_prefix or "data") + ".colors.accent")
                if data__colors_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".colors must not contain "+str(data__colors_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_color(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^#([0-9a-fA-F]{3}){1,2}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^#([0-9a-fA-F]{3}){1,2}$")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_ranges(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array")
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be string")
            if isinstance(data_item, str):
                if not REGEX_PATTERNS['^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'].search(data_item):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must match pattern ^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_link(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['label', 'url']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "label" in data_keys:
            data_keys.remove("label")
            data__label = data["label"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data__label, custom_formats, (name_prefix or "data") + ".label")
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_https_url(data__url, custom_formats, (name_prefix or "data") + ".url")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_https_url(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^https://[^\\s]+$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^https://[^\\s]+$")
        if not custom_formats["uri"](data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be uri")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_text(data, custom_formats={}, name_prefix=None):
    data_one_of_count1 = 0
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
            if isinstance(data, str):
                data_len = len(data)
                if data_len > 4000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 4000 characters")
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count1 < 2:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_len = len(data)
                if data_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties")
                data_keys = set(data.keys())
                for data_key in data_keys:
                    if data_key not in []:
                        data_value = data.get(data_key)
                        if not isinstance(data_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be string")
                        if isinstance(data_value, str):
                            data_value_len = len(data_value)
                            if data_value_len > 4000:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be shorter than or equal to 4000 characters")
                if data_len != 0:
                    data_property_names = True
                    for data_key in data:
                        try:
                            if isinstance(data_key, str):
                                if not REGEX_PATTERNS['^(fr|en|nl)$'].search(data_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(fr|en|nl)$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data_property_names = False
                    if not data_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition")
            data_one_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count1 != 1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be valid exactly by one definition")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_translated_line(data, custom_formats={}, name_prefix=None):
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
        try:
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 < 2:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_len = len(data)
                if data_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties")
                data_keys = set(data.keys())
                for data_key in data_keys:
                    if data_key not in []:
                        data_value = data.get(data_key)
                        validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data_value, custom_formats, (name_prefix or "data") + ".{data_key}".format(**locals()))
                if data_len != 0:
                    data_property_names = True
                    for data_key in data:
                        try:
                            if isinstance(data_key, str):
                                if not REGEX_PATTERNS['^(fr|en|nl)$'].search(data_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(fr|en|nl)$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data_property_names = False
                    if not data_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition")
            data_one_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if data_one_of_count2 != 1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be valid exactly by one definition")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json___defs_line(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters")
        if data_len > 200:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 200 characters")
        if not REGEX_PATTERNS['^[^\\n]*\\S[^\\n]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[^\\n]*\\S[^\\n]*$")
    return data


validate = validate_https___github_com_la_navette_site_plugins_cowork_schemas_space_schema_json

SCHEMA = {'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://github.com/la-navette/site/plugins/cowork/schemas/space.schema.json', 'title': 'The coworking space', 'description': 'space.yaml, at the root of the site: who the space is, where, when it is open and what it costs. Pages, feeds, calendars and structured data read it.', 'type': 'object', 'x-expected': 'a mapping of keys to values (name: ..., language: ...)', 'additionalProperties': False, 'required': ['name', 'language', 'timezone'], 'properties': {'name': {'description': "The space's name, as visitors know it.", '$ref': '#/$defs/line', 'x-expected': "the space's name, on one line"}, 'legal_name': {'description': 'The organisation behind the space (association, company), for the footer and structured data.', '$ref': '#/$defs/line'}, 'tagline': {'description': 'What the space is, in one line: a text, or one text per language (fr: …, en: …).', '$ref': '#/$defs/translated_line'}, 'introduction': {'description': 'A few sentences for the home page, in Markdown: a text, or one per language.', '$ref': '#/$defs/translated_text'}, 'language': {'description': "The site's language: fr, en or nl, or a regional variant such as fr_BE, en_GB, nl_BE (dates are written the local way).", 'type': 'string', 'pattern': '^(fr|en|nl)(_[A-Z]{2})?$', 'x-expected': 'fr, en or nl, or a regional variant such as fr_BE, en_GB or nl_BE'}, 'timezone': {'description': "The space's time zone, as the IANA database names it: Europe/Paris, Europe/Brussels…", 'type': 'string', 'pattern': '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$', 'x-expected': 'a time zone name such as Europe/Paris'}, 'public_url': {'description': "The public site's address, for canonical links, feeds and calendars.", '$ref': '#/$defs/https_url'}, 'repository': {'description': "Where the site's sources live: used by the join button and the edit links.", 'type': 'object', 'additionalProperties': False, 'required': ['url'], 'x-expected': 'a mapping with url (and branch)', 'properties': {'url': {'$ref': '#/$defs/https_url'}, 'branch': {'$ref': '#/$defs/line', 'x-expected': 'the published branch, such as main'}}}, 'address': {'description': 'Where the space is.', 'type': 'object', 'additionalProperties': False, 'x-expected': 'a mapping with street, postcode, city, country, latitude, longitude, directions', 'properties': {'street': {'$ref': '#/$defs/line'}, 'postcode': {'$ref': '#/$defs/line'}, 'city': {'$ref': '#/$defs/line'}, 'country': {'type': 'string', 'pattern': '^[A-Z]{2}$', 'x-expected': 'a two-letter country code such as FR or BE'}, 'latitude': {'type': 'number', 'minimum': -90, 'maximum': 90, 'x-expected': 'a latitude between -90 and 90'}, 'longitude': {'type': 'number', 'minimum': -180, 'maximum': 180, 'x-expected': 'a longitude between -180 and 180'}, 'directions': {'description': 'How to get there (metro, bus, bicycle parking), in Markdown: a text, or one per language; the home page shows it with the address.', '$ref': '#/$defs/translated_text'}}}, 'contact': {'description': "How to reach the space (the space's own address, never a member's).", 'type': 'object', 'additionalProperties': False, 'x-expected': 'a mapping with email (and phone)', 'properties': {'email': {'type': 'string', 'pattern': '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'x-expected': 'an e-mail address such as bonjour@space.example'}, 'phone': {'$ref': '#/$defs/line'}}}, 'social': {'description': "The space's pages elsewhere, shown in the footer.", 'type': 'array', 'x-expected': 'a list of {label, url}', 'items': {'$ref': '#/$defs/link'}}, 'hours': {'description': 'Opening hours: for each open weekday, one or more time ranges such as 08:30-19:00.', 'type': 'object', 'additionalProperties': False, 'x-expected': 'a mapping of weekdays (monday … sunday) to lists of ranges such as 08:30-19:00', 'properties': {'monday': {'$ref': '#/$defs/ranges'}, 'tuesday': {'$ref': '#/$defs/ranges'}, 'wednesday': {'$ref': '#/$defs/ranges'}, 'thursday': {'$ref': '#/$defs/ranges'}, 'friday': {'$ref': '#/$defs/ranges'}, 'saturday': {'$ref': '#/$defs/ranges'}, 'sunday': {'$ref': '#/$defs/ranges'}}}, 'closures': {'description': 'Days the space is closed although its hours say open (holidays).', 'type': 'array', 'x-expected': 'a list of {from, to, label}', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['from'], 'x-expected': 'a mapping with from, to (both dates) and label', 'properties': {'from': {'type': 'string', 'format': 'date', 'x-expected': 'a date such as 2026-12-24'}, 'to': {'type': 'string', 'format': 'date', 'x-expected': 'a date such as 2027-01-02'}, 'label': {'$ref': '#/$defs/translated_line'}}}}, 'picture': {'description': 'A picture of the place for the home page: a file in content/images/ (JPEG, PNG or WebP) and what it shows, for people who cannot see it.', 'type': 'object', 'additionalProperties': False, 'required': ['path', 'alt'], 'x-expected': 'a mapping with path (images/…) and alt (what the picture shows)', 'properties': {'path': {'type': 'string', 'pattern': '^images/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(jpg|jpeg|png|webp)$', 'x-expected': 'a picture in content/images/, such as images/the-space.jpg (JPEG, PNG or WebP)'}, 'alt': {'description': 'What the picture shows, read aloud to people who cannot see it: a text, or one per language.', '$ref': '#/$defs/translated_line', 'x-expected': 'what the picture shows, in one line (or one line per language: fr: …, en: …)'}}}, 'home': {'description': 'The home page: which sections it shows, in which order.', 'type': 'object', 'additionalProperties': False, 'x-expected': 'a mapping with sections', 'properties': {'sections': {'description': 'The sections of the home page, in order; a section left out is not shown. A section with nothing to show hides itself.', 'type': 'array', 'uniqueItems': True, 'x-expected': 'a list of sections among intro, hours, events, posts, members, plans, access and join', 'items': {'enum': ['intro', 'hours', 'events', 'posts', 'members', 'plans', 'access', 'join'], 'x-expected': 'one of intro, hours, events, posts, members, plans, access, join'}}}}, 'plans': {'description': 'Membership plans and their prices. Members name theirs with `plan:`.', 'type': 'array', 'x-expected': 'a list of plans, each with name, price and per', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['name', 'price', 'per'], 'x-expected': 'a mapping with name, price, per (hour, day, month or year), currency, reduced_price and includes', 'properties': {'name': {'$ref': '#/$defs/line'}, 'price': {'type': 'number', 'minimum': 0, 'x-expected': 'a price such as 15 or 12.50', 'examples': [15]}, 'reduced_price': {'type': 'number', 'minimum': 0, 'x-expected': 'a reduced (solidarity) price such as 8'}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'x-expected': 'a currency code such as EUR'}, 'per': {'enum': ['hour', 'day', 'month', 'year'], 'x-expected': 'hour, day, month or year'}, 'includes': {'type': 'array', 'x-expected': 'a list of what the plan includes', 'items': {'$ref': '#/$defs/translated_line'}}}}}, 'linked_spaces': {'description': 'Spaces the community likes, listed on the about page (a page with `Template: about`) and in spaceapi.json.', 'type': 'array', 'x-expected': 'a list of {label, url, spaceapi}', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'url'], 'x-expected': 'a mapping with label, url and (if the space publishes one) spaceapi', 'properties': {'label': {'$ref': '#/$defs/line'}, 'url': {'$ref': '#/$defs/https_url'}, 'spaceapi': {'description': "The space's own spaceapi.json, when it publishes one.", '$ref': '#/$defs/https_url'}}}}, 'colors': {'description': "The colours of the share cards (the picture shown when a page is shared); by default the theme's.", 'type': 'object', 'additionalProperties': False, 'x-expected': 'a mapping with background, text and accent, each a colour such as "#8a2b0f"', 'properties': {'background': {'$ref': '#/$defs/color'}, 'text': {'$ref': '#/$defs/color'}, 'accent': {'$ref': '#/$defs/color'}}}}, '$defs': {'line': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'pattern': '^[^\\n]*\\S[^\\n]*$', 'x-expected': 'a text on one line'}, 'translated_line': {'oneOf': [{'$ref': '#/$defs/line'}, {'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(fr|en|nl)$'}, 'additionalProperties': {'$ref': '#/$defs/line'}}], 'x-expected': 'a text on one line, or one per language (fr: …, en: …, nl: …)'}, 'translated_text': {'oneOf': [{'type': 'string', 'maxLength': 4000}, {'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(fr|en|nl)$'}, 'additionalProperties': {'type': 'string', 'maxLength': 4000}}], 'x-expected': 'a few sentences of Markdown, or one text per language (fr: …, en: …, nl: …)'}, 'https_url': {'type': 'string', 'format': 'uri', 'pattern': '^https://[^\\s]+$', 'x-expected': 'an address starting with https://'}, 'link': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'url'], 'x-expected': 'a mapping with label and url', 'properties': {'label': {'$ref': '#/$defs/line'}, 'url': {'$ref': '#/$defs/https_url'}}}, 'color': {'type': 'string', 'pattern': '^#([0-9a-fA-F]{3}){1,2}$', 'x-expected': 'a colour written "#rrggbb" in quotes (without them, YAML reads # as the start of a comment), such as "#8a2b0f"'}, 'ranges': {'type': 'array', 'x-expected': 'a list of time ranges such as [08:30-12:00, 14:00-19:00]', 'items': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$', 'x-expected': 'a time range such as 08:30-19:00, from 00:00 to 24:00 at the latest'}}}}
