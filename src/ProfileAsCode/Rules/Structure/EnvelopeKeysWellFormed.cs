namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3006: the top level and each payload have the keys Apple's schemas require, every key they define has
/// the type defined (TopLevel: https://developer.apple.com/documentation/devicemanagement/toplevel;
/// CommonPayloadKeys: https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys), and every
/// <c>PayloadContent</c> item is a dictionary. <c>PayloadEnabled</c> is not in the schema; Jamf Pro writes it
/// as a boolean, so it is checked as one.
/// </summary>
internal static class EnvelopeKeysWellFormed
{
    private static readonly (string Key, FileValueKind Kind, bool Required)[] TopLevelKeys =
    {
        (EnvelopeKeys.Identifier, FileValueKind.String, true),
        (EnvelopeKeys.Uuid, FileValueKind.String, true),
        (EnvelopeKeys.Type, FileValueKind.String, true),
        (EnvelopeKeys.Version, FileValueKind.Integer, true),
        (EnvelopeKeys.Content, FileValueKind.Array, false),
        (EnvelopeKeys.IsEncrypted, FileValueKind.Boolean, false),
        ("EncryptedPayloadContent", FileValueKind.Data, false),
        (EnvelopeKeys.Description, FileValueKind.String, false),
        (EnvelopeKeys.DisplayName, FileValueKind.String, false),
        ("HasRemovalPasscode", FileValueKind.Boolean, false),
        (EnvelopeKeys.Organization, FileValueKind.String, false),
        (EnvelopeKeys.RemovalDisallowed, FileValueKind.Boolean, false),
        (EnvelopeKeys.Scope, FileValueKind.String, false),
        ("RemovalDate", FileValueKind.Date, false),
        ("DurationUntilRemoval", FileValueKind.Real, false),
        ("PayloadExpirationDate", FileValueKind.Date, false),
        ("TargetDeviceType", FileValueKind.Integer, false),
        ("ConsentText", FileValueKind.Dictionary, false),
    };

    // Apple's CommonPayloadKeys schema (the generated table: one list of the envelope keys, EnvelopeKeys.IsEnvelopeKey),
    // then PayloadEnabled, which Jamf Pro writes as a boolean.
    private static readonly Lazy<(string Key, FileValueKind Kind, bool Required)[]> CommonPayloadKeys = new(() =>
        Apple.AppleSchemas.CommonPayloadKeys.Keys
            .Select(key => (key.Name, KindOf(key.Type), key.IsRequired))
            .Append((EnvelopeKeys.Enabled, FileValueKind.Boolean, false))
            .ToArray());

    public static void CheckTopLevel(ProfileFile file, List<Finding> findings) =>
        CheckKeys(file.Root, TopLevelKeys, ProfileFileRules.TopLevel, file.Origin, findings);

    /// <summary><c>PayloadContent</c> may be left out only when the profile is encrypted (it then has <c>EncryptedPayloadContent</c>).</summary>
    public static void CheckContentPresent(ProfileFile file, List<Finding> findings)
    {
        var encrypted = file.Root.Get(EnvelopeKeys.IsEncrypted) is { Kind: FileValueKind.Boolean, Text: "true" };
        if (file.Root.Get(EnvelopeKeys.Content) is null && !encrypted)
        {
            findings.Add(new Finding(RuleCatalog.ProfileKeyInvalid, "PayloadContent is missing; a profile lists its payloads there (an array of dictionaries)", ProfileFileRules.TopLevel, file.Origin));
        }
    }

    /// <summary>False (and a finding) when a <c>PayloadContent</c> item is not a dictionary, so it has no keys to check.</summary>
    public static bool CheckIsPayload(ProfileFile file, FileValue item, string location, List<Finding> findings)
    {
        if (item.Kind == FileValueKind.Dictionary)
        {
            return true;
        }

        findings.Add(new Finding(RuleCatalog.ProfileKeyInvalid, $"PayloadContent item is {FileValue.KindName(item.Kind)}, but every payload is a dictionary", location, file.Origin));
        return false;
    }

    public static void CheckPayload(ProfileFile file, FileValue payload, string location, List<Finding> findings) =>
        CheckKeys(payload, CommonPayloadKeys.Value, location, file.Origin, findings);

    private static void CheckKeys(FileValue dictionary, (string Key, FileValueKind Kind, bool Required)[] specs, string location, object? origin, List<Finding> findings)
    {
        foreach (var spec in specs)
        {
            var value = dictionary.Get(spec.Key);
            if (value is null)
            {
                if (spec.Required)
                {
                    findings.Add(new Finding(RuleCatalog.ProfileKeyInvalid, $"{spec.Key} is missing (required, {FileValue.KindName(spec.Kind)})", location, origin));
                }
            }
            else if (value.Kind != spec.Kind)
            {
                findings.Add(new Finding(
                    RuleCatalog.ProfileKeyInvalid,
                    $"{spec.Key} is {FileValue.KindName(value.Kind)} {value.Describe()}, but Apple defines it as {FileValue.KindName(spec.Kind)}",
                    location,
                    origin));
            }
        }
    }

    private static FileValueKind KindOf(Apple.ApplePlistType type) => type switch
    {
        Apple.ApplePlistType.String => FileValueKind.String,
        Apple.ApplePlistType.Integer => FileValueKind.Integer,
        Apple.ApplePlistType.Real => FileValueKind.Real,
        Apple.ApplePlistType.Boolean => FileValueKind.Boolean,
        Apple.ApplePlistType.Date => FileValueKind.Date,
        Apple.ApplePlistType.Data => FileValueKind.Data,
        Apple.ApplePlistType.Array => FileValueKind.Array,
        Apple.ApplePlistType.Dictionary => FileValueKind.Dictionary,
        _ => throw new InvalidOperationException($"CommonPayloadKeys has a key of type {type}, which no envelope key has."),
    };
}
