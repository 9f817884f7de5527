using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ProfileAsCode.Rules;
using ProfileAsCode.Shapes;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// Turns an assigned value into what the rule engine may rely on: compile-time constants become
/// known values, everything else <see cref="FactValue.Unknown"/> (the build host checks it later).
/// </summary>
internal static class ConstantReader
{
    /// <summary>The value, or null when the constant is <c>null</c> (not set, so not written).</summary>
    public static FactValue? Read(ProfileAsCodeSymbols symbols, IOperation value)
    {
        value = SkipImplicitConversions(value);
        if (value.ConstantValue.HasValue)
        {
            return FromConstant(symbols, value.Type, value.ConstantValue.Value);
        }

        return value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => FromElements(symbols, initializer.ElementValues),
            _ when value.Syntax is CollectionExpressionSyntax collection => FromCollectionExpression(symbols, value, collection),
            _ => FactValue.Unknown,
        };
    }

    /// <summary>
    /// The elements of an array or collection literal written in place (<c>new[] { … }</c>, <c>[a, b]</c>), or null for
    /// anything else (a variable, a spread): the items a list of records holds.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static IReadOnlyList<IOperation>? Elements(IOperation value)
    {
        value = SkipImplicitConversions(value);
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        if (value.Syntax is CollectionExpressionSyntax collection && collection.Elements.All(e => e is ExpressionElementSyntax))
        {
            var children = value.ChildOperations.ToList();
            return children.Count == collection.Elements.Count ? children : null;
        }

        return null;
    }

    public static IOperation SkipImplicitConversions(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static FactValue? FromConstant(ProfileAsCodeSymbols symbols, ITypeSymbol? type, object? constant)
    {
        if (constant is null)
        {
            return null;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return EnumMember(symbols, enumType, constant);
        }

        return constant switch
        {
            string text => FactValue.Of(text),
            bool flag => FactValue.Of(flag),
            sbyte or byte or short or ushort or int or uint or long => FactValue.Of(Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture)),
            float or double => FactValue.Of(Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture)),
            _ => FactValue.Unknown,
        };
    }

    /// <summary>
    /// A string enum is written as the member's [PayloadValue] string, else its name; an integer enum
    /// ([PayloadIntegerValues]) as its number, member or not (as the build host writes it).
    /// </summary>
    private static FactValue EnumMember(ProfileAsCodeSymbols symbols, INamedTypeSymbol enumType, object constant)
    {
        var layout = symbols.Shapes.EnumLayout(enumType);
        if (layout.WritesIntegers)
        {
            return EnumValue.NumberOf(constant) is { } number ? FactValue.Of(number) : FactValue.Unknown;
        }

        foreach (var member in layout.Values)
        {
            if (Equals(member.Value, constant))
            {
                return FactValue.Of(member.Written);
            }
        }

        return FactValue.Unknown;
    }

    private static FactValue FromElements(ProfileAsCodeSymbols symbols, IEnumerable<IOperation> elements)
    {
        var items = new List<FactValue>();
        foreach (var element in elements)
        {
            if (Read(symbols, element) is not { IsKnown: true } item)
            {
                return FactValue.Unknown;
            }

            items.Add(item);
        }

        return FactValue.Of(items);
    }

    // Roslyn 4.8 has no public operation for collection expressions; its children are the element
    // values in order, which is enough when every element is a plain expression (no spread).
    private static FactValue FromCollectionExpression(ProfileAsCodeSymbols symbols, IOperation value, CollectionExpressionSyntax collection)
    {
        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax)
            {
                return FactValue.Unknown;
            }
        }

        var children = value.ChildOperations.ToList();
        return children.Count == collection.Elements.Count ? FromElements(symbols, children) : FactValue.Unknown;
    }
}
