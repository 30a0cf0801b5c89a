"""Generated from cowork/schemas/member.schema.json by fastjsonschema, through
`python -m cowork.files.fastschema`: do not edit (see cowork.files.fastschema)."""

VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[^\\S\\n]*\\S[^\\n]*$': re.compile('^[^\\S\\n]*\\S[^\\n]*\\Z'),
    '^[^\\n]*$': re.compile('^[^\\n]*\\Z'),
    '^[^\\w\\n]*\\w[^\\n]*$': re.compile('^[^\\w\\n]*\\w[^\\n]*\\Z'),
    '^[a-z0-9-]+\\.(jpg|jpeg|png|webp)$': re.compile('^[a-z0-9-]+\\.(jpg|jpeg|png|webp)\\Z'),
    '^https://[^\\s/?#@.]+(?:\\.[^\\s/?#@.]+)+(?:[/?#]\\S*)?$': re.compile('^https://[^\\s/?#@.]+(?:\\.[^\\s/?#@.]+)+(?:[/?#]\\S*)?\\Z')
}

NoneType = type(None)

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
                if data__name_len > 80:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 80 characters")
                if not REGEX_PATTERNS['^[^\\S\\n]*\\S[^\\n]*$'].search(data__name):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must match pattern ^[^\\S\\n]*\\S[^\\n]*$")
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len > 120:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be shorter than or equal to 120 characters")
                if not REGEX_PATTERNS['^[^\\n]*$'].search(data__title):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must match pattern ^[^\\n]*$")
        if "bio" in data_keys:
            data_keys.remove("bio")
            data__bio = data["bio"]
            if not isinstance(data__bio, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bio must be string")
            if isinstance(data__bio, str):
                data__bio_len = len(data__bio)
                if data__bio_len > 4000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bio must be shorter than or equal to 4000 characters")
        if "skills" in data_keys:
            data_keys.remove("skills")
            data__skills = data["skills"]
            if not isinstance(data__skills, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".skills must be array")
            data__skills_is_list = isinstance(data__skills, (list, tuple))
            if data__skills_is_list:
                data__skills_len = len(data__skills)
                if data__skills_len > 15:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".skills must contain less than or equal to 15 items")
                for data__skills_x, data__skills_item in enumerate(data__skills):
                    if not isinstance(data__skills_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".skills[{data__skills_x}]".format(**locals()) + " must be string")
                    if isinstance(data__skills_item, str):
                        data__skills_item_len = len(data__skills_item)
                        if data__skills_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".skills[{data__skills_x}]".format(**locals()) + " must be longer than or equal to 1 characters")
                        if data__skills_item_len > 40:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".skills[{data__skills_x}]".format(**locals()) + " must be shorter than or equal to 40 characters")
                        if not REGEX_PATTERNS['^[^\\w\\n]*\\w[^\\n]*$'].search(data__skills_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".skills[{data__skills_x}]".format(**locals()) + " must match pattern ^[^\\w\\n]*\\w[^\\n]*$")
        if "company" in data_keys:
            data_keys.remove("company")
            data__company = data["company"]
            if not isinstance(data__company, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".company must be string")
            if isinstance(data__company, str):
                data__company_len = len(data__company)
                if data__company_len > 80:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".company must be shorter than or equal to 80 characters")
                if not REGEX_PATTERNS['^[^\\n]*$'].search(data__company):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".company must match pattern ^[^\\n]*$")
        if "links" in data_keys:
            data_keys.remove("links")
            data__links = data["links"]
            if not isinstance(data__links, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".links must be object")
            data__links_is_dict = isinstance(data__links, dict)
            if data__links_is_dict:
                data__links_keys = set(data__links.keys())
                if "website" in data__links_keys:
                    data__links_keys.remove("website")
                    data__links__website = data__links["website"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_https_url(data__links__website, custom_formats, (name_prefix or "data") + ".links.website")
                if "mastodon" in data__links_keys:
                    data__links_keys.remove("mastodon")
                    data__links__mastodon = data__links["mastodon"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_https_url(data__links__mastodon, custom_formats, (name_prefix or "data") + ".links.mastodon")
                if "linkedin" in data__links_keys:
                    data__links_keys.remove("linkedin")
                    data__links__linkedin = data__links["linkedin"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_https_url(data__links__linkedin, custom_formats, (name_prefix or "data") + ".links.linkedin")
                if "github" in data__links_keys:
                    data__links_keys.remove("github")
                    data__links__github = data__links["github"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_https_url(data__links__github, custom_formats, (name_prefix or "data") + ".links.github")
                if "other" in data__links_keys:
                    data__links_keys.remove("other")
                    data__links__other = data__links["other"]
                    if not isinstance(data__links__other, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".links.other must be array")
                    data__links__other_is_list = isinstance(data__links__other, (list, tuple))
                    if data__links__other_is_list:
                        data__links__other_len = len(data__links__other)
                        if data__links__other_len > 5:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".links.other must contain less than or equal to 5 items")
                        for data__links__other_x, data__links__other_item in enumerate(data__links__other):
                            validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_https_url(data__links__other_item, custom_formats, (name_prefix or "data") + ".links.other[{data__links__other_x}]".format(**locals()))
                if data__links_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".links must not contain "+str(data__links_keys)+" properties")
        if "avatar" in data_keys:
            data_keys.remove("avatar")
            data__avatar = data["avatar"]
            if not isinstance(data__avatar, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".avatar must be string")
            if isinstance(data__avatar, str):
                if not REGEX_PATTERNS['^[a-z0-9-]+\\.(jpg|jpeg|png|webp)$'].search(data__avatar):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".avatar must match pattern ^[a-z0-9-]+\\.(jpg|jpeg|png|webp)$")
        if "plan" in data_keys:
            data_keys.remove("plan")
            data__plan = data["plan"]
            if not isinstance(data__plan, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan must be string")
            if isinstance(data__plan, str):
                data__plan_len = len(data__plan)
                if data__plan_len > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan must be shorter than or equal to 60 characters")
                if not REGEX_PATTERNS['^[^\\n]*$'].search(data__plan):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan must match pattern ^[^\\n]*$")
        if "joined" in data_keys:
            data_keys.remove("joined")
            data__joined = data["joined"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_date(data__joined, custom_formats, (name_prefix or "data") + ".joined")
        if "left" in data_keys:
            data_keys.remove("left")
            data__left = data["left"]
            validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_date(data__left, custom_formats, (name_prefix or "data") + ".left")
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not (isinstance(data__role, str) and data__role == 'member' or isinstance(data__role, str) and data__role == 'editor' or isinstance(data__role, str) and data__role == 'host'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be one of ['member', 'editor', 'host']")
        if "consent" in data_keys:
            data_keys.remove("consent")
            data__consent = data["consent"]
            if not isinstance(data__consent, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".consent must be object")
            data__consent_is_dict = isinstance(data__consent, dict)
            if data__consent_is_dict:
                data__consent_keys = set(data__consent.keys())
                if "directory" in data__consent_keys:
                    data__consent_keys.remove("directory")
                    data__consent__directory = data__consent["directory"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_date(data__consent__directory, custom_formats, (name_prefix or "data") + ".consent.directory")
                if "photo" in data__consent_keys:
                    data__consent_keys.remove("photo")
                    data__consent__photo = data__consent["photo"]
                    validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_date(data__consent__photo, custom_formats, (name_prefix or "data") + ".consent.photo")
                if data__consent_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".consent must not contain "+str(data__consent_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not custom_formats["date"](data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be date")
    return data

def validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json___defs_https_url(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 300:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 300 characters")
        if not REGEX_PATTERNS['^https://[^\\s/?#@.]+(?:\\.[^\\s/?#@.]+)+(?:[/?#]\\S*)?$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^https://[^\\s/?#@.]+(?:\\.[^\\s/?#@.]+)+(?:[/?#]\\S*)?$")
    return data


validate = validate_https___github_com_la_navette_site_plugins_cowork_schemas_member_schema_json

SCHEMA = {'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://github.com/la-navette/site/plugins/cowork/schemas/member.schema.json', 'title': 'Member of the coworking space', 'description': 'One file per member, members/<github-login>.yaml. Only `name` is required; without `consent.directory` the member is counted but not published.', 'type': 'object', 'x-expected': 'a mapping of keys to values (name: ..., consent: ...)', 'additionalProperties': False, 'required': ['name'], 'properties': {'name': {'description': 'Your name as it appears in the directory.', 'type': 'string', 'minLength': 1, 'maxLength': 80, 'pattern': '^[^\\S\\n]*\\S[^\\n]*$', 'x-expected': 'your name, on one line (at most 80 characters)'}, 'title': {'description': 'What you do, on one line: "Développeuse web", "Traducteur anglais-français".', 'type': 'string', 'maxLength': 120, 'pattern': '^[^\\n]*$', 'x-expected': 'what you do, on one line (at most 120 characters)'}, 'bio': {'description': 'A few paragraphs about you, in Markdown. Raw HTML is shown as text; headings become sub-headings.', 'type': 'string', 'maxLength': 4000, 'x-expected': 'a few paragraphs of Markdown (at most 4000 characters)'}, 'skills': {'description': 'Short tags people can look you up by: comptabilité, vidéo, développement web…', 'type': 'array', 'maxItems': 15, 'x-expected': 'a list of short tags', 'items': {'type': 'string', 'minLength': 1, 'maxLength': 40, 'pattern': '^[^\\w\\n]*\\w[^\\n]*$', 'x-expected': 'a short tag on one line (at most 40 characters)'}}, 'company': {'description': 'Your company or organisation, if you want it shown.', 'type': 'string', 'maxLength': 80, 'pattern': '^[^\\n]*$', 'x-expected': 'a company name on one line (at most 80 characters)'}, 'links': {'description': 'Your pages elsewhere; every address starts with https://.', 'type': 'object', 'additionalProperties': False, 'x-expected': 'a mapping with website, mastodon, linkedin, github or other', 'properties': {'website': {'$ref': '#/$defs/https_url', 'description': 'Your own site.'}, 'mastodon': {'$ref': '#/$defs/https_url', 'description': 'Your Mastodon profile, as an address: https://mastodon.example/@you.'}, 'linkedin': {'$ref': '#/$defs/https_url', 'description': 'Your LinkedIn profile.'}, 'github': {'$ref': '#/$defs/https_url', 'description': 'Your GitHub profile.'}, 'other': {'description': 'Up to five more addresses.', 'type': 'array', 'maxItems': 5, 'x-expected': 'a list of https:// addresses', 'items': {'$ref': '#/$defs/https_url'}}}}, 'avatar': {'description': 'The file name of your picture in members/avatars/: <handle>.jpg, .png or .webp, at most 2 MB and 4000 px. Published only with consent.photo.', 'type': 'string', 'pattern': '^[a-z0-9-]+\\.(jpg|jpeg|png|webp)$', 'x-expected': 'the file name of your picture in members/avatars/, such as camille-martin.jpg'}, 'plan': {'description': "Your membership plan (the site's settings may list the allowed plans).", 'type': 'string', 'maxLength': 60, 'pattern': '^[^\\n]*$', 'x-expected': 'the name of a membership plan, on one line'}, 'joined': {'$ref': '#/$defs/date', 'description': 'The day you joined. Without it, the day your file was first added to the repository.'}, 'left': {'$ref': '#/$defs/date', 'description': 'The day you left: from then on your profile is no longer published.'}, 'role': {'description': 'member, editor or host. Only editors may set or change it.', 'enum': ['member', 'editor', 'host'], 'default': 'member'}, 'consent': {'description': 'The days you agreed to be published. Remove a date to withdraw that consent.', 'type': 'object', 'additionalProperties': False, 'x-expected': 'a mapping with directory and photo dates', 'properties': {'directory': {'$ref': '#/$defs/date', 'description': 'The day you agreed to appear in the public directory. Without it you are counted but not shown.'}, 'photo': {'$ref': '#/$defs/date', 'description': 'The day you agreed to have your picture published. Without it, your initials are shown.'}}}}, '$defs': {'date': {'type': 'string', 'format': 'date', 'x-expected': 'a date written YYYY-MM-DD'}, 'https_url': {'type': 'string', 'maxLength': 300, 'pattern': '^https://[^\\s/?#@.]+(?:\\.[^\\s/?#@.]+)+(?:[/?#]\\S*)?$', 'x-expected': 'an https:// address'}}}
