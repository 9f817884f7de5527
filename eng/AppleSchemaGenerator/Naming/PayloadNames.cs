using AppleSchemaGenerator.Model;

namespace AppleSchemaGenerator.Naming;

/// <summary>
/// The record name of each payload: its title through <see cref="Identifiers.FromTitle"/>, except for the few
/// titles that read badly as a type (a category prefix, a leading number, an abbreviation in brackets). Keyed by
/// schema file, because several files share one payload type (six are <c>com.apple.MCX</c>).
/// </summary>
internal static class PayloadNames
{
    /// <summary>Reviewed overrides: file → record name (the title the rule would use in the comment).</summary>
    public static readonly IReadOnlyDictionary<string, string> Overrides = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["com.apple.servicemanagement.yaml"] = "ManagedLoginItems", // Service Management - Managed Login Items
        ["com.apple.loginitems.managed.yaml"] = "LoginItems", // Login Items: Managed Items
        ["com.apple.syspolicy.kernel-extension-policy.yaml"] = "KernelExtensions", // System Policy - Kernel Extensions
        ["com.apple.MCX.FileVault2.yaml"] = "FileVault", // FDE FileVault
        ["com.apple.MCX(FileVault2).yaml"] = "FileVaultOptions", // FDE FileVault Options
        ["com.apple.security.FDERecoveryKeyEscrow.yaml"] = "FileVaultRecoveryKeyEscrow", // FDE Recovery Key Escrow
        ["com.apple.security.FDERecoveryRedirect.yaml"] = "FileVaultRecoveryKeyRedirection", // FDE Recovery Key Redirection
        ["com.apple.lom.yaml"] = "LightsOutManagement", // Lights Out Management (LOM)
        ["com.apple.firstactiveethernet.managed.yaml"] = "FirstActiveEthernet", // 802.1X: First Active Ethernet
        ["com.apple.firstethernet.managed.yaml"] = "FirstEthernet", // 802.1X: First Ethernet
        ["com.apple.globalethernet.managed.yaml"] = "GlobalEthernet", // 802.1X: Global Ethernet
        ["com.apple.secondactiveethernet.managed.yaml"] = "SecondActiveEthernet", // 802.1X: Second Active Ethernet
        ["com.apple.secondethernet.managed.yaml"] = "SecondEthernet", // 802.1X: Second Ethernet
        ["com.apple.thirdactiveethernet.managed.yaml"] = "ThirdActiveEthernet", // 802.1X: Third Active Ethernet
        ["com.apple.thirdethernet.managed.yaml"] = "ThirdEthernet", // 802.1X: Third Ethernet
        ["com.apple.MCX(Mobililty).yaml"] = "MobileAccounts", // Mobile Accounts (the file name is misspelt upstream)
    };

    /// <summary>Record names for every macOS payload schema; throws when two would be equal.</summary>
    public static IReadOnlyDictionary<PayloadSchema, string> Assign(IEnumerable<PayloadSchema> payloads)
    {
        var names = new Dictionary<PayloadSchema, string>();
        var owners = new Dictionary<string, PayloadSchema>(StringComparer.Ordinal);
        foreach (var payload in payloads)
        {
            var name = Overrides.TryGetValue(payload.FileName, out var chosen) ? chosen : Identifiers.FromTitle(payload.Title);
            if (owners.TryGetValue(name, out var other))
            {
                throw new InvalidOperationException($"{payload.FileName} and {other.FileName} both name their record '{name}': add an override to {nameof(PayloadNames)}.");
            }

            owners.Add(name, payload);
            names.Add(payload, name);
        }

        return names;
    }

    /// <summary>
    /// Apple's documentation page for the payload. Apple names each payload's page after its title with spaces and
    /// punctuation removed (<c>Privacy Preferences Policy Control</c> → <c>privacypreferencespolicycontrol</c>,
    /// <c>Certificate (PKCS #12)</c> → <c>certificatepkcs12</c>); the schema files do not state the page.
    /// </summary>
    public static string DocumentationUrl(PayloadSchema payload) =>
        "https://developer.apple.com/documentation/devicemanagement/" + new string(payload.Title.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
}
