namespace ProfileAsCode.Profiles;

/// <summary>The envelope keys of Apple's TopLevel and CommonPayloadKeys schemas (plist-and-profiles reference §1.1–1.2).</summary>
public static class PayloadKeys
{
    public const string Identifier = "PayloadIdentifier";
    public const string Uuid = "PayloadUUID";
    public const string Type = "PayloadType";
    public const string Version = "PayloadVersion";
    public const string DisplayName = "PayloadDisplayName";
    public const string Description = "PayloadDescription";
    public const string Organization = "PayloadOrganization";
    public const string Scope = "PayloadScope";
    public const string RemovalDisallowed = "PayloadRemovalDisallowed";
    public const string Content = "PayloadContent";

    /// <summary><c>PayloadType</c> of the profile itself.</summary>
    public const string ConfigurationType = "Configuration";

    /// <summary><c>PayloadType</c> of a managed-preferences (MCX) payload.</summary>
    public const string ManagedPreferencesType = "com.apple.ManagedClient.preferences";
}
