using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// The library's attribute types, resolved once per compilation. <see cref="TryCreate"/> returns
/// null when ProfileAsCode is not referenced, so the analyzers register nothing at all.
/// </summary>
internal sealed class ProfileAsCodeSymbols
{
    private ProfileAsCodeSymbols(Compilation compilation, INamedTypeSymbol configurationProfile, INamedTypeSymbol preferenceDomain)
    {
        ConfigurationProfile = configurationProfile;
        PreferenceDomain = preferenceDomain;
        PayloadKey = compilation.GetTypeByMetadataName("ProfileAsCode.PayloadKeyAttribute");
        PayloadValue = compilation.GetTypeByMetadataName("ProfileAsCode.PayloadValueAttribute");
        PayloadIdentity = compilation.GetTypeByMetadataName("ProfileAsCode.PayloadIdentityAttribute");
        AdditionalKeys = compilation.GetTypeByMetadataName("ProfileAsCode.AdditionalKeysAttribute");
        EntraTenantId = compilation.GetTypeByMetadataName("ProfileAsCode.EntraTenantIdAttribute");
        EntraClientId = compilation.GetTypeByMetadataName("ProfileAsCode.EntraClientIdAttribute");
        ScopeList = compilation.GetTypeByMetadataName("ProfileAsCode.ScopeListAttribute");
        AbsoluteUri = compilation.GetTypeByMetadataName("ProfileAsCode.AbsoluteUriAttribute");
        Secret = compilation.GetTypeByMetadataName("ProfileAsCode.SecretAttribute");
        Schemas = new PayloadSchemaCache(this);
    }

    public INamedTypeSymbol ConfigurationProfile { get; }

    public INamedTypeSymbol PreferenceDomain { get; }

    public INamedTypeSymbol? PayloadKey { get; }

    public INamedTypeSymbol? PayloadValue { get; }

    public INamedTypeSymbol? PayloadIdentity { get; }

    public INamedTypeSymbol? AdditionalKeys { get; }

    public INamedTypeSymbol? EntraTenantId { get; }

    public INamedTypeSymbol? EntraClientId { get; }

    public INamedTypeSymbol? ScopeList { get; }

    public INamedTypeSymbol? AbsoluteUri { get; }

    public INamedTypeSymbol? Secret { get; }

    /// <summary>Payload schemas of this compilation's [PreferenceDomain] types, built on first use.</summary>
    public PayloadSchemaCache Schemas { get; }

    /// <summary>The engine's options for this compilation: the editor, with the project's Jamf Connect version if it names one.</summary>
    public RuleContext RuleContext { get; private set; } = RuleContext.Editor;

    /// <summary>
    /// Reads MSBuild <c>ProfileAsCodeJamfConnectVersion</c>, which the package's props make visible to analyzers
    /// (<c>CompilerVisibleProperty</c>), so the editor judges versions as the build does.
    /// </summary>
    public ProfileAsCodeSymbols WithOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ProfileAsCodeJamfConnectVersion", out var version))
        {
            RuleContext = RuleContext.ForEditor(ProfileAsCode.Rules.JamfConnect.JamfConnectVersions.Parse(version));
        }

        return this;
    }

    public static ProfileAsCodeSymbols? TryCreate(Compilation compilation)
    {
        var profile = compilation.GetTypeByMetadataName("ProfileAsCode.ConfigurationProfileAttribute");
        var domain = compilation.GetTypeByMetadataName("ProfileAsCode.PreferenceDomainAttribute");
        return profile is null || domain is null ? null : new ProfileAsCodeSymbols(compilation, profile, domain);
    }

    public AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    public bool IsPreferenceDomain(ITypeSymbol? type) => type is INamedTypeSymbol named && FindAttribute(named, PreferenceDomain) is not null;

    public bool IsConfigurationProfile(ITypeSymbol? type) => type is INamedTypeSymbol named && FindAttribute(named, ConfigurationProfile) is not null;
}
