namespace ProfileAsCode.Cli.Profiles;

/// <summary>Profile-format keys the tool reads that the library does not write (plist-and-profiles reference §1.2, §1.5).</summary>
internal static class ProfileFormat
{
    /// <summary>Seen in Jamf Pro exports and mcxToProfile output; not in Apple's schema.</summary>
    public const string Enabled = "PayloadEnabled";

    public const string Forced = "Forced";
    public const string SetOnce = "Set-Once";
    public const string PreferenceSettings = "mcx_preference_settings";

    /// <summary>
    /// Payload* keys belong to the envelope, never to a domain's settings; records may not declare them
    /// (the rule engine's KeyCollisions, PAC3005, uses the same prefix).
    /// </summary>
    public static bool IsEnvelopeKey(string key) => key.StartsWith("Payload", StringComparison.Ordinal);
}
