namespace ProfileAsCode;

// Options of [ScopeList]. Also compiled into the analyzer (linked), whose rule engine reads them.

/// <summary>How a scope list is separated: Jamf Connect's <c>+</c>, or spaces (Okta Identity Engine).</summary>
public enum ScopeSeparator
{
    Plus,
    Space,
}

/// <summary>What a scope list is used for, which decides the MFA-related rules (PAC1026/PAC1027).</summary>
public enum ScopeUsage
{
    /// <summary>Interactive OIDC sign-in (Jamf Connect <c>OIDCScopes</c>).</summary>
    Interactive,

    /// <summary>Background password verification with ROPG (<c>ROPGScopes</c>).</summary>
    PasswordGrant,
}
