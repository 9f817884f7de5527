namespace ProfileAsCode.Cli.Profiles;

/// <summary>Key names of Apple's profile format (plist-and-profiles reference §1.1, §1.2, §1.5).</summary>
internal static class PayloadKeys
{
    public const string Identifier = "PayloadIdentifier";
    public const string Uuid = "PayloadUUID";
    public const string Type = "PayloadType";
    public const string Version = "PayloadVersion";
    public const string Content = "PayloadContent";
    public const string DisplayName = "PayloadDisplayName";
    public const string Description = "PayloadDescription";
    public const string Organization = "PayloadOrganization";
    public const string Scope = "PayloadScope";
    public const string RemovalDisallowed = "PayloadRemovalDisallowed";
    public const string Enabled = "PayloadEnabled";

    public const string ConfigurationType = "Configuration";
    public const string ManagedPreferencesType = "com.apple.ManagedClient.preferences";
    public const string Forced = "Forced";
    public const string PreferenceSettings = "mcx_preference_settings";

    /// <summary>Keys common to every payload (CommonPayloadKeys.yaml, plus PayloadEnabled seen in the wild); never preference settings.</summary>
    public static readonly IReadOnlySet<string> CommonPayloadKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        Identifier, Uuid, Type, Version, DisplayName, Description, Organization, Enabled,
    };
}
