using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// Reads an [AdditionalKeys] dictionary written in place — <c>new Dictionary&lt;string, object?&gt; { ["Key"] = value }</c>
/// or <c>{ { "Key", value } }</c>, nested dictionaries as dotted paths — into facts, so the rules see raw keys and
/// their constant values like typed ones. Anything else (a variable, a key that is not a constant, a spread) is
/// not read: the dictionary then counts as not fully known.
/// </summary>
internal static class AdditionalKeysReader
{
    // Real payloads nest one or two dictionaries.
    private const int MaxDepth = 4;

    /// <summary>Adds the entries' facts; returns whether every key of the dictionary was read.</summary>
    public static bool TryAdd(ProfileAsCodeSymbols symbols, IOperation value, string prefix, List<KeyFact> keys) =>
        TryAdd(symbols, value, prefix, keys, parent: null, depth: 0);

    private static bool TryAdd(ProfileAsCodeSymbols symbols, IOperation value, string prefix, List<KeyFact> keys, AdditionalKeyOrigin? parent, int depth)
    {
        if (depth > MaxDepth || ConstantReader.SkipImplicitConversions(value) is not IObjectCreationOperation { Initializer: { } initializer } || !IsStringKeyedDictionary(value.Type ?? ConstantReader.SkipImplicitConversions(value).Type))
        {
            return false;
        }

        var complete = true;
        foreach (var element in initializer.Initializers)
        {
            if (Entry(element) is not { } entry || entry.Key.ConstantValue is not { HasValue: true, Value: string name })
            {
                complete = false;
                continue;
            }

            var path = prefix + name;
            var entryValue = ConstantReader.SkipImplicitConversions(entry.Value);
            if (entryValue.ConstantValue is { HasValue: true, Value: null })
            {
                continue; // a null value is not written
            }

            var origin = new AdditionalKeyOrigin(path, entry.Key.Syntax.GetLocation(), entryValue.Syntax.GetLocation(), parent);
            if (entryValue is IObjectCreationOperation && IsStringKeyedDictionary(entryValue.Type))
            {
                complete &= TryAdd(symbols, entryValue, path + ".", keys, origin, depth + 1);
                continue;
            }

            if (ConstantReader.Read(symbols, entry.Value) is { } fact)
            {
                keys.Add(new KeyFact(path, fact, origin: origin));
            }
        }

        return complete;
    }

    // ["Key"] = value (an indexer assignment) or { "Key", value } (an Add call).
    private static (IOperation Key, IOperation Value)? Entry(IOperation element) => element switch
    {
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment
            => (indexer.Arguments[0].Value, assignment.Value),
        IInvocationOperation { Arguments.Length: 2 } add => (add.Arguments[0].Value, add.Arguments[1].Value),
        _ => null,
    };

    private static bool IsStringKeyedDictionary(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        foreach (var candidate in named.AllInterfaces.Concat(new[] { named }))
        {
            if (candidate is { Name: "IDictionary" or "IReadOnlyDictionary", TypeArguments.Length: 2 } && candidate.TypeArguments[0].SpecialType == SpecialType.System_String)
            {
                return true;
            }
        }

        return false;
    }
}
