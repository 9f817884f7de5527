using ProfileAsCode.Rules.Parsing;
using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules.Entra;

/// <summary>A scope-list value parsed once for all scope rules (PAC1020–PAC1028).</summary>
internal sealed class ScopeCheck
{
    public ScopeCheck(KeyCheck key)
    {
        Key = key;
        IsOktaIdentityEngine = IdentityProviders.IsOktaIdentityEngine(key.Provider);
        var separator = IsOktaIdentityEngine ? ScopeSeparator.Space : key.Rule.Separator;
        Scopes = ScopeList.Parse(key.Text, separator);
    }

    public KeyCheck Key { get; }

    public ScopeList Scopes { get; }

    /// <summary>The provider key says Okta Identity Engine, which wants spaces ([LJ-ROLES]).</summary>
    public bool IsOktaIdentityEngine { get; }

    public string Quoted => "'" + Key.Text + "'";

    public string SeparatorName => Scopes.Separator == ScopeSeparator.Plus ? "'+'" : "spaces";

    /// <summary>" Write '…'." when a certain normalized value exists, else empty.</summary>
    public string WriteNormalized => Scopes.Normalized() is { } normalized ? " Write '" + normalized + "'." : string.Empty;
}
