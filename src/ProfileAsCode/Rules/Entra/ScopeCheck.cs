using ProfileAsCode.Rules.Parsing;
using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>
/// A scope-list value parsed once for all scope rules (PAC1020–PAC1029), with the separator its provider
/// takes: spaces for Okta Identity Engine ("Okta requires space delimiters in the scope request instead of
/// a +", Jamf, "OpenID Connect User Role Settings"); <c>+</c> for Entra ID (Jamf, "Advanced Login
/// Authentication Settings" and "Creating a Jamf Connect Configuration with Conditional Access"); either for
/// the other providers, because Jamf's own samples use both (Keycloak: <c>openid profile email roles</c>;
/// PingFederate: <c>openid+profile+email</c>; github.com/jamf/jamfconnect, configurations/v2.X).
/// </summary>
internal sealed class ScopeCheck
{
    public ScopeCheck(KeyCheck key)
    {
        Key = key;
        IsOktaIdentityEngine = IdentityProviders.IsOktaIdentityEngine(key.Provider);
        var separator = IsOktaIdentityEngine ? ScopeSeparator.Space : key.Rule.Separator;
        RequiresPlus = !IsOktaIdentityEngine && separator == ScopeSeparator.Plus && (key.Rule.ProviderKey is null || key.ProviderIsEntra);
        if (!IsOktaIdentityEngine && !RequiresPlus && separator == ScopeSeparator.Plus && key.Text.Trim().Any(char.IsWhiteSpace) && key.Text.IndexOf('+') < 0)
        {
            separator = ScopeSeparator.Space; // a provider that takes either, written with spaces
        }

        Scopes = ScopeList.Parse(key.Text, separator);
    }

    public KeyCheck Key { get; }

    public ScopeList Scopes { get; }

    /// <summary>The provider key says Okta Identity Engine, which wants spaces.</summary>
    public bool IsOktaIdentityEngine { get; }

    /// <summary>Only <c>+</c> separates scopes here: Entra ID, or a scope list without a provider key.</summary>
    public bool RequiresPlus { get; }

    public string Quoted => "'" + Key.Text + "'";

    public string SeparatorName => Scopes.Separator == ScopeSeparator.Plus ? "'+'" : "spaces";

    /// <summary>" Write '…'." when a certain normalized value exists, else empty.</summary>
    public string WriteNormalized => Scopes.Normalized() is { } normalized ? " Write '" + normalized + "'." : string.Empty;
}
