namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// One payload schema of Apple's device-management repository: payload-level facts and its keys. Envelope
/// keys (<c>PayloadType</c>, <c>PayloadUUID</c>, …) are not among the keys: they are the <c>CommonPayloadKeys</c>
/// schema's (<see cref="AppleSchemas.CommonPayloadKeys"/>).
/// </summary>
internal sealed class ApplePayloadSchema
{
    internal const string DocumentationRoot = "https://developer.apple.com/documentation/devicemanagement/";

    internal ApplePayloadSchema(string payloadType, string? recordName, string documentationPage)
    {
        PayloadType = payloadType;
        RecordName = recordName;
        DocumentationUrl = DocumentationRoot + documentationPage;
    }

    public string PayloadType { get; }

    /// <summary>The generated record in <c>ProfileAsCode.Apple</c> (<c>PrivacyPreferencesPolicyControl</c>); null for envelopes and payloads not on macOS.</summary>
    public string? RecordName { get; }

    /// <summary>Apple's page for the payload (derived from its title; see docs/apple-payloads.md).</summary>
    public string DocumentationUrl { get; }

    public AppleAvailability MacOS { get; internal set; } = AppleAvailability.NotOnMacOS;

    /// <summary>Several payloads of this type may be installed.</summary>
    public bool AllowsMultiple { get; internal set; }

    public bool DeviceChannel { get; internal set; }

    public bool UserChannel { get; internal set; }

    public bool Supervised { get; internal set; }

    public bool RequiresUserApprovedMdm { get; internal set; }

    public bool RequiresAutomatedDeviceEnrollment { get; internal set; }

    public bool AllowsManualInstall { get; internal set; }

    /// <summary><c>TopLevel</c> (the profile) or <c>CommonPayloadKeys</c> (every payload's envelope), not a payload.</summary>
    public bool IsEnvelope { get; internal set; }

    // The analyzer asks for the same paths in every profile of a project: resolved once each.
    private readonly BoundedPathCache<AppleKeySchema?> paths = new();

    /// <summary>The payload's keys and the presence rules among them.</summary>
    public AppleKeyChildren Root { get; } = new();

    public IReadOnlyList<AppleKeySchema> Keys => Root.Keys;

    /// <summary>
    /// The key at <paramref name="path"/>: nested dictionary keys dotted as the rule engine's facts write them
    /// (<c>IdPSettings.TenantID</c>), array items as <c>[]</c> or <c>[n]</c> (<c>NotificationSettings[0].BundleIdentifier</c>).
    /// Keys that contain dots (<c>com.apple.EnergySaver.desktop.ACPower</c>) are matched whole, the longest first;
    /// a wildcard matches one segment. Null when the schema has no such key.
    /// </summary>
    public AppleKeySchema? FindKey(string path) => paths.GetOrAdd(path, Root, static (p, root) => AppleKeyPath.Resolve(root, p, chain: null));

    /// <summary>The keys from the payload down to <paramref name="path"/> (to check each one's availability), or null.</summary>
    public IReadOnlyList<AppleKeySchema>? ResolvePath(string path)
    {
        var chain = new List<AppleKeySchema>();
        return AppleKeyPath.Resolve(Root, path, chain) is null ? null : chain;
    }

    public override string ToString() => PayloadType + (RecordName is null ? string.Empty : " (" + RecordName + ")");
}

/// <summary>
/// All schemas of one payload type: one for most, several where Apple describes one type in several files
/// (six for <c>com.apple.MCX</c>, two for <c>com.apple.extensiblesso</c>).
/// </summary>
internal sealed class ApplePayloadType
{
    internal ApplePayloadType(string payloadType) => PayloadType = payloadType;

    public string PayloadType { get; }

    public IReadOnlyList<ApplePayloadSchema> Schemas => SchemaList;

    /// <summary>Whether any schema of the type is available on macOS.</summary>
    public bool IsOnMacOS
    {
        get
        {
            foreach (var schema in SchemaList)
            {
                if (schema.MacOS.IsOnMacOS)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal List<ApplePayloadSchema> SchemaList { get; } = new();

    private ApplePayloadSchema[]? onMacOS;

    /// <summary>The schemas that describe a payload on macOS (not an envelope, available on some macOS); empty when none does.</summary>
    public IReadOnlyList<ApplePayloadSchema> OnMacOS => onMacOS ??= SchemaList.Where(s => s.MacOS.IsOnMacOS && !s.IsEnvelope).ToArray();

    /// <summary>The key at <paramref name="path"/> in the first schema that defines it (see <see cref="ApplePayloadSchema.FindKey"/>).</summary>
    public AppleKeySchema? FindKey(string path)
    {
        foreach (var schema in SchemaList)
        {
            if (schema.FindKey(path) is { } key)
            {
                return key;
            }
        }

        return null;
    }

    public override string ToString() => PayloadType;
}
