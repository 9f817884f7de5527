using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>What the analyzers read from [ConfigurationProfile] and [PayloadIdentity] attributes.</summary>
internal static class ProfileAttributeReader
{
    public static string? Identifier(AttributeData profileAttribute) =>
        profileAttribute.ConstructorArguments.Length > 0 ? profileAttribute.ConstructorArguments[0].Value as string : null;

    /// <summary>
    /// The rule engine's facts of a profile record: its attribute's identifier, minimum macOS and scope (as the build
    /// host reads them from the attribute instance), and its payloads.
    /// </summary>
    public static ProfileFacts ProfileFacts(AttributeData profileAttribute, IReadOnlyList<PayloadFacts> payloads, Location origin) =>
        new(Identifier(profileAttribute), payloads, origin, MinimumMacOS(profileAttribute), Scope(profileAttribute));

    /// <summary>The <c>MinimumMacOS = "14.0"</c> named argument, or null when not set.</summary>
    public static string? MinimumMacOS(AttributeData profileAttribute) => Named(profileAttribute, "MinimumMacOS") as string;

    /// <summary>The <c>Scope</c> named argument (<c>ProfileScope.System</c> = 0 unless set, as the attribute defaults it).</summary>
    public static PayloadScope Scope(AttributeData profileAttribute) =>
        Named(profileAttribute, "Scope") is int scope && scope == (int)PayloadScope.User ? PayloadScope.User : PayloadScope.System;

    /// <summary>The identifier argument's expression, so PAC3001/PAC3002 sit on the string itself.</summary>
    public static Location IdentifierLocation(AttributeData profileAttribute, ISymbol fallback)
    {
        if (profileAttribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax)
        {
            return fallback.Locations.FirstOrDefault() ?? Location.None;
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is null && (argument.NameColon is null || argument.NameColon.Name.Identifier.ValueText == "identifier"))
            {
                return argument.Expression.GetLocation();
            }
        }

        return syntax.GetLocation();
    }

    public static string? PayloadIdentifier(ProfileAsCodeSymbols symbols, IPropertySymbol payloadProperty)
    {
        if (symbols.FindAttribute(payloadProperty, symbols.PayloadIdentity) is not { } identity)
        {
            return null;
        }

        foreach (var argument in identity.NamedArguments)
        {
            if (argument.Key == "Identifier")
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    /// <summary>The pinned <c>Uuid = "…"</c> of a [ConfigurationProfile] or [PayloadIdentity], with the location of its string.</summary>
    public static (string Value, Location Location)? PinnedUuid(AttributeData attribute, ISymbol fallback)
    {
        string? uuid = null;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Uuid")
            {
                uuid = argument.Value.Value as string;
            }
        }

        if (uuid is null)
        {
            return null;
        }

        if (attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax syntax)
        {
            foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == "Uuid")
                {
                    return (uuid, argument.Expression.GetLocation());
                }
            }
        }

        return (uuid, fallback.Locations.FirstOrDefault() ?? Location.None);
    }

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }
}
