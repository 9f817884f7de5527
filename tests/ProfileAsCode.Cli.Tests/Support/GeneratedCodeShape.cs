using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>
/// What imported C# may contain, judged from Roslyn's syntax tree and semantic model rather than from the text:
/// sealed records with init-only properties, the importer's attributes, one <c>#nullable enable</c>, single-line
/// comments, and initializers built only from literals, the declared records, collections, dates and base64 data.
/// Anything else (a method, a field, a constructor, another type kind, a call that is not a value conversion, a
/// lambda) is code an input smuggled in.
/// </summary>
internal static class GeneratedCodeShape
{
    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "ConfigurationProfile", "PayloadIdentity", "PreferenceDomain", "PayloadKey", "AdditionalKeys",
    };

    /// <summary>The only methods an initializer may call: each turns a literal into a value.</summary>
    private static readonly HashSet<string> Calls = new(StringComparer.Ordinal)
    {
        "System.Convert.FromBase64String", "System.DateTime.AddTicks", "System.Collections.Immutable.ImmutableArray.Create",
    };

    private static readonly HashSet<SyntaxKind> ExpressionKinds =
    [
        SyntaxKind.StringLiteralExpression, SyntaxKind.NumericLiteralExpression, SyntaxKind.TrueLiteralExpression,
        SyntaxKind.FalseLiteralExpression, SyntaxKind.NullLiteralExpression, SyntaxKind.UnaryMinusExpression,
        SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ArrayCreationExpression,
        SyntaxKind.ObjectInitializerExpression, SyntaxKind.CollectionInitializerExpression, SyntaxKind.ArrayInitializerExpression,
        SyntaxKind.CollectionExpression, SyntaxKind.ExpressionElement, SyntaxKind.SimpleAssignmentExpression,
        SyntaxKind.ImplicitElementAccess, SyntaxKind.BracketedArgumentList, SyntaxKind.ArgumentList, SyntaxKind.Argument,
        SyntaxKind.SimpleMemberAccessExpression, SyntaxKind.IdentifierName, SyntaxKind.GenericName, SyntaxKind.TypeArgumentList,
        SyntaxKind.PredefinedType, SyntaxKind.ArrayType, SyntaxKind.ArrayRankSpecifier, SyntaxKind.OmittedArraySizeExpression,
        SyntaxKind.AliasQualifiedName, SyntaxKind.QualifiedName, SyntaxKind.NullableType, SyntaxKind.InvocationExpression,
        SyntaxKind.AttributeArgumentList, SyntaxKind.AttributeArgument, SyntaxKind.NameEquals,
        SyntaxKind.AddExpression, // a string around a named GUID constant: a compile-time constant (checked below)
    ];

    private static readonly HashSet<SyntaxKind> TriviaKinds =
    [
        SyntaxKind.WhitespaceTrivia, SyntaxKind.EndOfLineTrivia, SyntaxKind.SingleLineCommentTrivia, SyntaxKind.NullableDirectiveTrivia,
    ];

    /// <summary>Asserts that <paramref name="compilation"/> is data only, as described above, in <paramref name="namespace"/>.</summary>
    public static void AssertDataOnly(CSharpCompilation compilation, string @namespace)
    {
        var declared = compilation.Assembly.GlobalNamespace.GetMembers().Count(); // forces binding of every declaration
        Assert.True(declared >= 0);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var source = tree.ToString();
            var dangerous = HostileStrings.DangerousAt(source).ToList();
            Assert.True(dangerous.Count == 0, $"raw control, format or separator characters at {string.Join(", ", dangerous)} in:\n{source}");
            Assert.Empty(tree.GetDiagnostics());
            var model = compilation.GetSemanticModel(tree);
            var root = (CompilationUnitSyntax)tree.GetRoot();
            AssertTrivia(root);
            Assert.Empty(root.Externs);
            Assert.Empty(root.AttributeLists);
            Assert.All(root.Usings, u => Assert.True(u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.GlobalKeyword.IsKind(SyntaxKind.None), u.ToString()));
            var ns = Assert.IsType<FileScopedNamespaceDeclarationSyntax>(Assert.Single(root.Members));
            Assert.Equal(@namespace, ns.Name.ToString());
            Assert.Empty(ns.Usings);
            foreach (var member in ns.Members)
            {
                if (member is ClassDeclarationSyntax constants)
                {
                    AssertConstantsClass(constants);
                    continue;
                }

                var record = Assert.IsType<RecordDeclarationSyntax>(member);
                Assert.True(record.IsKind(SyntaxKind.RecordDeclaration), $"{record.Identifier}: a record struct or class-less record");
                Assert.Equal("public sealed", record.Modifiers.ToString());
                Assert.True(record.ParameterList is null && record.BaseList is null && record.TypeParameterList is null && record.ConstraintClauses.Count == 0, record.Identifier.Text);
                AssertAttributes(record.AttributeLists, model);
                foreach (var recordMember in record.Members)
                {
                    AssertProperty(Assert.IsType<PropertyDeclarationSyntax>(recordMember), model);
                }
            }
        }
    }

    /// <summary>
    /// Asserts that the one <c>[ConfigurationProfile]</c> record has exactly one property per payload, typed by a record
    /// of the payload's domain, and that each generated record has exactly one <c>[PayloadKey]</c> property per key of
    /// its settings (a dictionary value a nested record), with <c>[AdditionalKeys]</c> only for the keys left over.
    /// No other record is declared.
    /// </summary>
    public static void AssertRecordsMatch(CSharpCompilation compilation, IReadOnlyList<(string Domain, PlistDictionary Settings)> payloads)
    {
        var declared = compilation.Assembly.GlobalNamespace.GetNamespaceMembers()
            .SelectMany(AllTypes)
            .Where(t => t.DeclaringSyntaxReferences.Length > 0)
            .ToList();
        var profile = Assert.Single(declared, t => AttributeOf(t, "ConfigurationProfileAttribute") is not null);
        var properties = Properties(profile);
        Assert.Equal(payloads.Count, properties.Count);
        var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { profile };
        for (var i = 0; i < payloads.Count; i++)
        {
            var type = Unwrap(properties[i].Type);
            var domain = AttributeOf(type, "PreferenceDomainAttribute")?.ConstructorArguments[0].Value as string;
            Assert.Equal(payloads[i].Domain, domain);
            if (type.DeclaringSyntaxReferences.Length > 0)
            {
                AssertGeneratedRecord((INamedTypeSymbol)type, payloads[i].Settings, visited);
            }
        }

        // The class of repeated GUIDs (checked by AssertDataOnly) is no record.
        var extra = declared.Where(t => !visited.Contains(t) && !t.IsStatic).Select(t => t.Name).ToList();
        Assert.True(extra.Count == 0, "records nothing in the input asks for: " + string.Join(", ", extra));
    }

    private static void AssertGeneratedRecord(INamedTypeSymbol record, PlistDictionary settings, HashSet<INamedTypeSymbol> visited)
    {
        Assert.True(visited.Add(record), $"{record.Name} is used for two dictionaries");
        var keyed = new Dictionary<string, IPropertySymbol>(StringComparer.Ordinal);
        var additional = 0;
        foreach (var property in Properties(record))
        {
            if (AttributeOf(property, "PayloadKeyAttribute") is { } payloadKey)
            {
                var key = Assert.IsType<string>(payloadKey.ConstructorArguments[0].Value);
                Assert.True(keyed.TryAdd(key, property), $"{record.Name}: two properties for the key {key}");
                Assert.True(settings.ContainsKey(key), $"{record.Name}.{property.Name}: the key '{key}' is not in the input");
            }
            else
            {
                Assert.NotNull(AttributeOf(property, "AdditionalKeysAttribute"));
                additional++;
            }
        }

        var leftOver = settings.Keys.Count(k => !keyed.ContainsKey(k));
        Assert.Equal(leftOver > 0 ? 1 : 0, additional);
        foreach (var (key, property) in keyed)
        {
            var type = Unwrap(property.Type);
            if (settings[key] is PlistDictionary nested)
            {
                Assert.True(type.DeclaringSyntaxReferences.Length > 0, $"{record.Name}.{property.Name}: a dictionary without a generated record");
                AssertGeneratedRecord((INamedTypeSymbol)type, nested, visited);
            }
            else
            {
                Assert.True(type.DeclaringSyntaxReferences.Length == 0, $"{record.Name}.{property.Name}: a generated record for a {settings[key].Kind}");
            }
        }
    }

    private static void AssertTrivia(CompilationUnitSyntax root)
    {
        var nullable = 0;
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            Assert.True(TriviaKinds.Contains(trivia.Kind()), $"{trivia.Kind()}: {trivia}");
            if (trivia.IsKind(SyntaxKind.NullableDirectiveTrivia))
            {
                Assert.Equal("#nullable enable", trivia.ToString().TrimEnd());
                nullable++;
            }
        }

        Assert.Equal(1, nullable);
    }

    /// <summary>The class import writes for repeated GUIDs: static, and nothing but string constants with literal values.</summary>
    private static void AssertConstantsClass(ClassDeclarationSyntax constants)
    {
        Assert.Equal("internal static", constants.Modifiers.ToString());
        Assert.True(constants.AttributeLists.Count == 0 && constants.BaseList is null && constants.TypeParameterList is null, constants.Identifier.Text);
        foreach (var member in constants.Members)
        {
            var field = Assert.IsType<FieldDeclarationSyntax>(member);
            Assert.Equal("public const", field.Modifiers.ToString());
            Assert.Equal("string", field.Declaration.Type.ToString());
            Assert.All(field.Declaration.Variables, v => Assert.IsType<LiteralExpressionSyntax>(v.Initializer?.Value));
        }
    }

    private static void AssertAttributes(SyntaxList<AttributeListSyntax> lists, SemanticModel model)
    {
        foreach (var list in lists)
        {
            Assert.Null(list.Target);
            foreach (var attribute in list.Attributes)
            {
                Assert.Contains(attribute.Name.ToString(), Attributes);
                foreach (var argument in attribute.ArgumentList?.Arguments ?? [])
                {
                    AssertExpression(argument.Expression, model);
                    Assert.True(model.GetConstantValue(argument.Expression).HasValue || model.GetSymbolInfo(argument.Expression).Symbol is IFieldSymbol { IsConst: true } or IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } || argument.Expression is LiteralExpressionSyntax, argument.ToString());
                }
            }
        }
    }

    private static void AssertProperty(PropertyDeclarationSyntax property, SemanticModel model)
    {
        Assert.Equal("public", property.Modifiers.ToString());
        Assert.True(property.ExplicitInterfaceSpecifier is null && property.ExpressionBody is null, property.Identifier.Text);
        var accessors = property.AccessorList!.Accessors;
        Assert.Equal(["get", "init"], accessors.Select(a => a.Keyword.Text));
        Assert.All(accessors, a => Assert.True(a.Body is null && a.ExpressionBody is null && a.Modifiers.Count == 0 && a.AttributeLists.Count == 0, property.Identifier.Text));
        AssertAttributes(property.AttributeLists, model);
        if (property.Initializer is { } initializer)
        {
            AssertExpression(initializer.Value, model);
        }
    }

    private static void AssertExpression(ExpressionSyntax expression, SemanticModel model)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            Assert.True(ExpressionKinds.Contains(node.Kind()), $"{node.Kind()} in an initializer: {node}");
            switch (node)
            {
                case InvocationExpressionSyntax call:
                    var method = Assert.IsAssignableFrom<IMethodSymbol>(model.GetSymbolInfo(call).Symbol);
                    Assert.Contains(method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat).Split('<')[0] + "." + method.Name, Calls);
                    break;
                case BaseObjectCreationExpressionSyntax creation:
                    var created = Assert.IsAssignableFrom<INamedTypeSymbol>(model.GetTypeInfo(creation).Type);
                    var ns = created.ContainingNamespace.ToDisplayString();
                    Assert.True(
                        created.DeclaringSyntaxReferences.Length > 0
                        || created.SpecialType == SpecialType.None && ns is "System" && created.Name is "DateTime" or "DateTimeOffset"
                        || ns is "System.Collections.Generic" && created.Name == "Dictionary"
                        || ns.StartsWith("ProfileAsCode", StringComparison.Ordinal),
                        $"creates a {created.ToDisplayString()}: {creation}");
                    break;
                case BinaryExpressionSyntax concatenation:
                    Assert.True(model.GetConstantValue(concatenation).Value is string, $"not a constant string: {concatenation}");
                    break;
                case MemberAccessExpressionSyntax access when access.Parent is not InvocationExpressionSyntax:
                    Assert.True(IsConstantRead(model.GetSymbolInfo(access).Symbol), $"reads {access}");
                    break;
            }
        }
    }

    /// <summary>A namespace or type name, a constant, an enum member, or one of the library's static values (PlistBoolean.True).</summary>
    private static bool IsConstantRead(ISymbol? symbol) => symbol switch
    {
        INamespaceOrTypeSymbol => true,
        IFieldSymbol field => field.IsConst || field.ContainingType.TypeKind == TypeKind.Enum,
        IPropertySymbol { IsStatic: true } property => property.ContainingNamespace.ToDisplayString().StartsWith("ProfileAsCode", StringComparison.Ordinal),
        _ => false,
    };

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));

    private static List<IPropertySymbol> Properties(INamedTypeSymbol record) =>
        record.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsImplicitlyDeclared && p.Name != "EqualityContract").ToList();

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);

    private static AttributeData? AttributeOf(ISymbol symbol, string name) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == name);
}
