using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Facts;

/// <summary>
/// Builds the rule engine's <see cref="PayloadFacts"/> from source: the constants of one object
/// initializer, <c>with</c> expression or positional-record argument list, nested records as dotted
/// key paths. A key the source might set without the analyzer seeing the value (a property
/// default, the receiver of <c>with</c>, [AdditionalKeys] not written in place) becomes <see cref="FactValue.Unknown"/>,
/// so no rule calls it missing or wrong. [AdditionalKeys] written in place are read entry by entry
/// (<see cref="AdditionalKeysReader"/>). For an Apple payload the facts, as the build host's, also mark each nested
/// dictionary written (a fact whose value is not known) and read the items of a list of records written in place
/// (<c>Key[0].Child</c>), so the schema rules see the keys of every dictionary.
/// </summary>
internal sealed class PayloadFactsBuilder
{
    private readonly ProfileAsCodeSymbols symbols;
    private readonly List<KeyFact> keys = new();

    // [AdditionalKeys] assigned a dictionary the analyzer could read entry by entry: its keys are known.
    private readonly HashSet<PayloadMember> readAdditionalKeys = new();

    // An Apple payload: dictionaries get facts of their own and list items are read.
    private readonly bool structureFacts;

    private PayloadFactsBuilder(ProfileAsCodeSymbols symbols, PayloadSchema schema)
    {
        this.symbols = symbols;
        structureFacts = schema.Kind == PayloadKind.ApplePayload;
    }

    /// <summary>Facts of a payload value: <c>new T { … }</c>, <c>new T(…)</c>, <c>x with { … }</c>, or anything else (all unknown).</summary>
    public static PayloadFacts FromValue(ProfileAsCodeSymbols symbols, PayloadSchema schema, IOperation value, Location origin, string? identifier = null)
    {
        var builder = new PayloadFactsBuilder(symbols, schema);
        builder.AddValue(schema, value);
        return new PayloadFacts(schema.Domain ?? string.Empty, builder.keys, identifier, origin, schema.Kind);
    }

    /// <summary>Facts of a payload record's own property initializers; every other key is unknown (set per instance).</summary>
    public static PayloadFacts FromDefaults(ProfileAsCodeSymbols symbols, PayloadSchema schema, IReadOnlyList<IPropertyInitializerOperation> initializers, Location origin)
    {
        var builder = new PayloadFactsBuilder(symbols, schema);
        var initialized = new HashSet<PayloadMember>();
        foreach (var initializer in initializers)
        {
            foreach (var property in initializer.InitializedProperties)
            {
                if (schema.Find(property) is { } member && initialized.Add(member))
                {
                    builder.AddMember(member, initializer.Value);
                }
            }
        }

        builder.AddUnassigned(schema, initialized, unassignedAreUnknown: true);
        return new PayloadFacts(schema.Domain ?? string.Empty, builder.keys, identifier: null, origin, schema.Kind);
    }

    /// <summary>A location for payload-level findings: <c>new T</c>, <c>new()</c> or <c>with</c>, not the whole initializer.</summary>
    public static Location HeadOf(IOperation value)
    {
        var syntax = ConstantReader.SkipImplicitConversions(value).Syntax;
        return syntax switch
        {
            ObjectCreationExpressionSyntax creation =>
                Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(creation.SpanStart, (creation.ArgumentList ?? (SyntaxNode)creation.Type).Span.End)),
            ImplicitObjectCreationExpressionSyntax creation =>
                Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(creation.SpanStart, creation.ArgumentList.Span.End)),
            WithExpressionSyntax with => with.WithKeyword.GetLocation(),
            _ => syntax.GetLocation(),
        };
    }

    private void AddValue(PayloadSchema schema, IOperation value)
    {
        switch (ConstantReader.SkipImplicitConversions(value))
        {
            case IObjectCreationOperation creation:
                AddCreation(schema, creation);
                break;
            case IWithOperation with:
                AddInitializer(schema, with.Initializer, unassignedAreUnknown: true);
                break;
            default:
                AddUnassigned(schema, new HashSet<PayloadMember>(), unassignedAreUnknown: true);
                break;
        }
    }

    private void AddCreation(PayloadSchema schema, IObjectCreationOperation creation)
    {
        var assigned = new HashSet<PayloadMember>();
        var constructorSetsUnseenKeys = false;
        foreach (var argument in creation.Arguments)
        {
            // Positional records: a primary-constructor parameter initializes the property of the same name.
            if (argument.Parameter is { } parameter && schema.FindByName(parameter.Name) is { } member && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                assigned.Add(member);
                AddMember(member, argument.Value);
            }
            else
            {
                constructorSetsUnseenKeys = true;
            }
        }

        if (creation.Initializer is { } initializer)
        {
            AddAssignments(schema, initializer, assigned);
        }

        AddUnassigned(schema, assigned, constructorSetsUnseenKeys || SetsAdditionalKeys(assigned));
    }

    private void AddInitializer(PayloadSchema schema, IObjectOrCollectionInitializerOperation initializer, bool unassignedAreUnknown)
    {
        var assigned = new HashSet<PayloadMember>();
        AddAssignments(schema, initializer, assigned);
        AddUnassigned(schema, assigned, unassignedAreUnknown || SetsAdditionalKeys(assigned));
    }

    [MethodImpl(HotPath.Optimized)]
    private void AddAssignments(PayloadSchema schema, IObjectOrCollectionInitializerOperation initializer, HashSet<PayloadMember> assigned)
    {
        foreach (var operation in initializer.Initializers)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when schema.Find(target.Property) is { } member && assigned.Add(member):
                    AddMember(member, assignment.Value);
                    break;

                // `Nested = { Key = … }` changes the nested record the property already holds.
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target } nested
                    when schema.Find(target.Property) is { Nested: { } nestedSchema } member && assigned.Add(member):
                    AddContainer(member.KeyPath, member.Rules, nested.Syntax.GetLocation());
                    AddInitializer(nestedSchema, nested.Initializer, unassignedAreUnknown: true);
                    break;
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void AddMember(PayloadMember member, IOperation value)
    {
        if (member.IsAdditionalKeys)
        {
            var parent = member.KeyPath.LastIndexOf('.') is var dot and >= 0 ? member.KeyPath.Substring(0, dot + 1) : string.Empty;
            if (AdditionalKeysReader.TryAdd(symbols, value, parent, keys))
            {
                readAdditionalKeys.Add(member);
            }

            return;
        }

        var unwrapped = ConstantReader.SkipImplicitConversions(value);
        if (unwrapped.ConstantValue is { HasValue: true, Value: null })
        {
            return; // null = not set, not written
        }

        if (member.Nested is { } nested)
        {
            AddContainer(member.KeyPath, member.Rules, HeadOf(value));
            AddValue(nested, value);
            return;
        }

        if ((member.IsData ? FactValue.Unknown : ConstantReader.Read(symbols, value)) is { } fact)
        {
            keys.Add(new KeyFact(member.KeyPath, fact, member.Rules, fact.IsKnown ? unwrapped.Syntax.GetLocation() : null));
        }

        if (structureFacts && member.HasItemSchemas && ConstantReader.Elements(value) is { } elements)
        {
            for (var i = 0; i < elements.Count; i++)
            {
                var item = member.ItemSchema(i);
                AddContainer(member.KeyPath + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Array.Empty<ValueRule>(), HeadOf(elements[i]));
                AddValue(item, elements[i]);
            }
        }
    }

    /// <summary>An Apple payload's dictionary (a nested record, a list item): present, its value not a scalar a rule reads.</summary>
    [MethodImpl(HotPath.Optimized)]
    private void AddContainer(string keyPath, IReadOnlyList<ValueRule> rules, Location origin)
    {
        if (structureFacts)
        {
            keys.Add(new KeyFact(keyPath, FactValue.Unknown, rules, origin));
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void AddUnassigned(PayloadSchema schema, HashSet<PayloadMember> assigned, bool unassignedAreUnknown)
    {
        foreach (var member in schema.Members)
        {
            if (!assigned.Contains(member) && (unassignedAreUnknown || member.HasDefault))
            {
                AddUnknown(member);
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void AddUnknown(PayloadMember member)
    {
        if (member.IsAdditionalKeys)
        {
            return;
        }

        if (member.Nested is { } nested)
        {
            foreach (var child in nested.Members)
            {
                AddUnknown(child);
            }

            return;
        }

        keys.Add(new KeyFact(member.KeyPath, FactValue.Unknown, member.Rules));
    }

    // Raw keys the analyzer could not read may set any key: the others are then unknown, not missing.
    private bool SetsAdditionalKeys(HashSet<PayloadMember> assigned) => assigned.Any(member => member.IsAdditionalKeys && !readAdditionalKeys.Contains(member));
}
