using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>What the analyzers read from [ConfigurationProfile] and [PayloadIdentity] attributes.</summary>
internal static class ProfileAttributeReader
{
    public static string? Identifier(AttributeData profileAttribute) =>
        profileAttribute.ConstructorArguments.Length > 0 ? profileAttribute.ConstructorArguments[0].Value as string : null;

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
}
