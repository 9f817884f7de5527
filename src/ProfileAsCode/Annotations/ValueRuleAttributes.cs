using ProfileAsCode.Rules;

namespace ProfileAsCode;

// Value rules by meaning: any payload record, not only the Jamf Connect ones, can put these on a
// property and get the same checks in the editor (analyzer) and in the build (host). Each maps to
// a ProfileAsCode.Rules.ValueRule; the rule engine does the checking.

/// <summary>Base for attributes whose rule applies only when the payload's provider key names Entra ID.</summary>
public abstract class ProviderConditionalRuleAttribute : Attribute
{
    /// <summary>
    /// The plist key (in the same payload; dotted for nested keys, e.g. <c>IdPSettings.Provider</c>)
    /// naming the identity provider. When set, the rule applies only when that key says
    /// <c>EntraID</c> or <c>Azure</c> (or, for scope lists, decides the separator).
    /// </summary>
    public string? ProviderKey { get; set; }
}

/// <summary>The value is a Microsoft Entra tenant ID: a GUID (PAC1001–PAC1005).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class EntraTenantIdAttribute : ProviderConditionalRuleAttribute
{
}

/// <summary>The value is a Microsoft Entra application (client) ID: a GUID (PAC1010).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class EntraClientIdAttribute : ProviderConditionalRuleAttribute
{
}

/// <summary>The value is an OAuth scope list (PAC1020–PAC1028).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ScopeListAttribute : ProviderConditionalRuleAttribute
{
    public ScopeUsage Usage { get; set; } = ScopeUsage.Interactive;

    /// <summary>The separator when <see cref="ProviderConditionalRuleAttribute.ProviderKey"/> does not decide it.</summary>
    public ScopeSeparator Separator { get; set; } = ScopeSeparator.Plus;
}

/// <summary>The value is an absolute URI with one of the given schemes (PAC2002).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class AbsoluteUriAttribute(params string[] schemes) : Attribute
{
    /// <summary>Allowed schemes; empty means <c>https</c> only.</summary>
    public string[] Schemes { get; } = schemes;
}

/// <summary>The value is a secret: it must not be written as a literal in source (PAC2005).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SecretAttribute : ProviderConditionalRuleAttribute
{
}
