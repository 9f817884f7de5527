"""An independent check of built profiles against Apple's device-management schema (the YAML copy), for the tests.

    python3 apple_schema_oracle.py SCHEMA_PROFILES_FOLDER PROFILE.mobileconfig...

Reads each profile with plistlib and each schema with PyYAML (nothing of ProfileAsCode), and prints one line per
problem: a payload type the schema does not know or not for macOS, a key it does not define, a value of another type,
a value outside `rangelist` or `range`, a required key missing. Prints nothing and exits 0 when every payload matches.
"""
import datetime
import plistlib
import sys
from pathlib import Path

import yaml

ENVELOPE = {"PayloadIdentifier", "PayloadUUID", "PayloadType", "PayloadVersion", "PayloadDescription", "PayloadDisplayName", "PayloadOrganization"}
TYPES = {
    "<string>": lambda v: isinstance(v, str),
    "<integer>": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "<real>": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "<boolean>": lambda v: isinstance(v, bool),
    "<data>": lambda v: isinstance(v, bytes),
    "<date>": lambda v: isinstance(v, datetime.datetime),
    "<array>": lambda v: isinstance(v, list),
    "<dictionary>": lambda v: isinstance(v, dict),
    "<any>": lambda v: True,
}


def on_macos(node):
    mac = (node.get("supportedOS") or {}).get("macOS") or {}
    return mac.get("introduced") != "n/a"


def check_dict(value, keys, path, problems):
    by_name = {k["key"]: k for k in keys or [] if on_macos(k)}
    wildcard = by_name.get("ANY")
    for name, item in value.items():
        spec = by_name.get(name, wildcard)
        if spec is None:
            problems.append(f"{path}{name}: not a key of the schema")
            continue
        check_value(item, spec, f"{path}{name}", problems)
    for name, spec in by_name.items():
        if name != "ANY" and spec.get("presence") == "required" and name not in value:
            problems.append(f"{path}{name}: required, missing")


def check_value(value, spec, path, problems):
    kind = spec.get("type", "<any>")
    if not TYPES[kind](value):
        problems.append(f"{path}: {type(value).__name__}, the schema says {kind}")
        return
    allowed = spec.get("rangelist")
    if allowed is not None and not isinstance(value, (list, dict)) and value not in allowed:
        problems.append(f"{path}: {value!r} not in {allowed}")
    bounds = spec.get("range") or {}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if ("min" in bounds and value < bounds["min"]) or ("max" in bounds and value > bounds["max"]):
            if allowed is None or value not in allowed:
                problems.append(f"{path}: {value} outside {bounds}")
    if kind == "<dictionary>" and spec.get("subkeys"):
        check_dict(value, spec["subkeys"], path + ".", problems)
    if kind == "<array>" and spec.get("subkeys"):
        for index, item in enumerate(value):
            check_value(item, spec["subkeys"][0], f"{path}[{index}]", problems)


def main():
    folder = Path(sys.argv[1])
    schemas = {}
    for file in sorted(folder.glob("*.yaml")):
        document = yaml.safe_load(file.read_text(encoding="utf-8"))
        payload = document.get("payload") or {}
        if "payloadtype" in payload:
            schemas.setdefault(payload["payloadtype"], []).append((payload, document.get("payloadkeys") or []))
    problems = []
    for name in sys.argv[2:]:
        with open(name, "rb") as handle:
            profile = plistlib.load(handle)
        for index, payload in enumerate(profile.get("PayloadContent", [])):
            kind = payload.get("PayloadType")
            candidates = [(p, keys) for p, keys in schemas.get(kind, []) if on_macos(p)]
            if not candidates:
                problems.append(f"{name}: payload {index + 1}: {kind} is not a macOS payload type of the schema")
                continue
            settings = {k: v for k, v in payload.items() if k not in ENVELOPE}
            # A payload type several schemas describe matches when one of them accepts it.
            results = []
            for _, keys in candidates:
                found = []
                check_dict(settings, keys, f"{name}: {kind}: ", found)
                results.append(found)
            problems.extend(min(results, key=len))
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
