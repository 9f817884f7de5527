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
    private sealed class KeySpec
    {
        public KeySpec(string key, FileValueKind kind, bool required)
        {
            Key = key;
            Kind = kind;
            Required = required;
        }

        public string Key { get; }

        public FileValueKind Kind { get; }

        public bool Required { get; }
    }

    private static readonly KeySpec[] TopLevelKeys =
    {
        new(EnvelopeKeys.Identifier, FileValueKind.String, true),
        new(EnvelopeKeys.Uuid, FileValueKind.String, true),
        new(EnvelopeKeys.Type, FileValueKind.String, true),
        new(EnvelopeKeys.Version, FileValueKind.Integer, true),
        new(EnvelopeKeys.Content, FileValueKind.Array, false),
        new(EnvelopeKeys.IsEncrypted, FileValueKind.Boolean, false),
        new("EncryptedPayloadContent", FileValueKind.Data, false),
        new(EnvelopeKeys.Description, FileValueKind.String, false),
        new(EnvelopeKeys.DisplayName, FileValueKind.String, false),
        new("HasRemovalPasscode", FileValueKind.Boolean, false),
        new(EnvelopeKeys.Organization, FileValueKind.String, false),
        new(EnvelopeKeys.RemovalDisallowed, FileValueKind.Boolean, false),
        new(EnvelopeKeys.Scope, FileValueKind.String, false),
        new("RemovalDate", FileValueKind.Date, false),
        new("DurationUntilRemoval", FileValueKind.Real, false),
        new("PayloadExpirationDate", FileValueKind.Date, false),
        new("TargetDeviceType", FileValueKind.Integer, false),
        new("ConsentText", FileValueKind.Dictionary, false),
    };

    private static readonly KeySpec[] CommonPayloadKeys =
    {
        new(EnvelopeKeys.Identifier, FileValueKind.String, true),
        new(EnvelopeKeys.Uuid, FileValueKind.String, true),
        new(EnvelopeKeys.Type, FileValueKind.String, true),
        new(EnvelopeKeys.Version, FileValueKind.Integer, true),
        new(EnvelopeKeys.Description, FileValueKind.String, false),
        new(EnvelopeKeys.DisplayName, FileValueKind.String, false),
        new(EnvelopeKeys.Organization, FileValueKind.String, false),
        new(EnvelopeKeys.Enabled, FileValueKind.Boolean, false),
    };

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
        CheckKeys(payload, CommonPayloadKeys, location, file.Origin, findings);

    private static void CheckKeys(FileValue dictionary, KeySpec[] specs, string location, object? origin, List<Finding> findings)
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
}
