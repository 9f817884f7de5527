namespace ProfileAsCode.Rules.Parsing;

/// <summary>
/// Jamf Connect's identity-provider strings (Jamf, "Login Window Authentication Settings"), compared without regard to case. The
/// IdentityProvider and RopgProvider enums write these constants, so rules and records spell them once.
/// </summary>
internal static class IdentityProviders
{
    public const string EntraId = "EntraID";
    public const string Azure = "Azure";
    public const string AzureV2 = "Azure_v2";
    public const string Okta = "Okta";
    public const string OktaIdentityEngine = "OktaIdentityEngine";
    public const string OktaOidc = "Okta-OIDC";
    public const string GoogleId = "GoogleID";
    public const string OneLogin = "OneLogin";
    public const string PingFederate = "PingFederate";
    public const string IbmCi = "IBMCI";
    public const string Custom = "Custom";

    /// <summary><c>EntraID</c>, its former name <c>Azure</c>, and <c>Azure_v2</c> (ROPGProvider for Entra hybrid).</summary>
    public static bool IsEntra(string? provider) => Is(provider, EntraId) || Is(provider, Azure) || Is(provider, AzureV2);

    public static bool IsOktaIdentityEngine(string? provider) => Is(provider, OktaIdentityEngine);

    public static bool Is(string? provider, string expected) => string.Equals(provider?.Trim(), expected, StringComparison.OrdinalIgnoreCase);

    public static bool IsAnyOf(string? provider, string[] expected)
    {
        foreach (var candidate in expected)
        {
            if (Is(provider, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
