using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// The library's attribute types, resolved once per compilation, and the compilation's one
/// <see cref="ShapeModel{TType, TProperty}"/> and <see cref="PayloadSchemaCache"/>, shared by all the
/// analyzers. <see cref="TryCreate"/> returns null when ProfileAsCode is not referenced, so the analyzers
/// register nothing at all.
/// </summary>
internal sealed class ProfileAsCodeSymbols
{
    // Every analyzer starts on the same Compilation: the first builds, the others reuse; an old compilation takes its entry with it.
    private static readonly ConditionalWeakTable<Compilation, Holder> PerCompilation = new();
    private static readonly ConditionalWeakTable<Compilation, Holder>.CreateValueCallback Create = compilation => new Holder(Resolve(compilation));

    private ProfileAsCodeSymbols(Compilation compilation, INamedTypeSymbol configurationProfile)
    {
        ConfigurationProfile = configurationProfile;
        PayloadKey = compilation.GetTypeByMetadataName("ProfileAsCode.PayloadKeyAttribute");
        PayloadIdentity = compilation.GetTypeByMetadataName("ProfileAsCode.PayloadIdentityAttribute");
        Shapes = new ShapeModel<ITypeSymbol, IPropertySymbol>(new SymbolTypeModel());
        Schemas = new PayloadSchemaCache(this);
    }

    public INamedTypeSymbol ConfigurationProfile { get; }

    /// <summary>Only to place a PAC3005 finding on the key's string; what the attribute says, <see cref="Shapes"/> reads.</summary>
    public INamedTypeSymbol? PayloadKey { get; }

    public INamedTypeSymbol? PayloadIdentity { get; }

    /// <summary>How this compilation's types map to a property list, worked out once per type for every analyzer.</summary>
    public ShapeModel<ITypeSymbol, IPropertySymbol> Shapes { get; }

    /// <summary>Payload schemas of this compilation's payload records, built on first use.</summary>
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

    public static ProfileAsCodeSymbols? TryCreate(Compilation compilation) => PerCompilation.GetValue(compilation, Create).Symbols;

    private static ProfileAsCodeSymbols? Resolve(Compilation compilation)
    {
        var profile = compilation.GetTypeByMetadataName("ProfileAsCode.ConfigurationProfileAttribute");
        var domain = compilation.GetTypeByMetadataName("ProfileAsCode.PreferenceDomainAttribute");
        return profile is null || domain is null ? null : new ProfileAsCodeSymbols(compilation, profile);
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

    /// <summary>A [PreferenceDomain] or [ApplePayload] record.</summary>
    public bool IsPayloadRecord(ITypeSymbol? type) => type is INamedTypeSymbol named && Shapes.MarkerOf(named) is not null;

    public bool IsConfigurationProfile(ITypeSymbol? type) => type is INamedTypeSymbol named && FindAttribute(named, ConfigurationProfile) is not null;

    private sealed class Holder(ProfileAsCodeSymbols? symbols)
    {
        public ProfileAsCodeSymbols? Symbols { get; } = symbols;
    }
}
