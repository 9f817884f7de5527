using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Plist values as plain C# objects, for <c>[AdditionalKeys]</c> entries and <c>object</c>-typed
/// places: the builder maps each back by its runtime type (int/long → integer, double → real…).
/// </summary>
internal static class RawValues
{
    public static Expr AsObject(PlistValue value, TypeNames names, GuidConstants strings) => value switch
    {
        PlistString s => new InlineExpr(strings.Render(s.Value)),
        PlistBoolean b => new InlineExpr(CSharpLiteral.Bool(b.Value)),
        PlistInteger i => new InlineExpr(CSharpLiteral.Integer(i.Value, asLong: true)),
        PlistReal r => new InlineExpr(CSharpLiteral.Double(r.Value)),
        PlistDate d => new InlineExpr(CSharpLiteral.Date(d.Value)),
        PlistData data => new InlineExpr(CSharpLiteral.Data(data.Value)),
        PlistArray array => new CollectionExpr("new object[]", array.Select(item => AsObject(item, names, strings)).ToList()),
        PlistDictionary dict => Dictionary(dict, names, strings),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown plist kind."),
    };

    /// <param name="nullableValues">Spell the values <c>object?</c>, for a property declared that way (no nullability warning).</param>
    public static Expr Dictionary(IEnumerable<KeyValuePair<string, PlistValue>> entries, TypeNames names, GuidConstants strings, bool nullableValues = false) =>
        new InitializerExpr(
            $"new {names.Name(typeof(Dictionary<string, object>))}".Replace("object>", nullableValues ? "object?>" : "object>", StringComparison.Ordinal),
            entries.Select(e => ($"[{CSharpLiteral.String(e.Key)}]", AsObject(e.Value, names, strings))).ToList());

    /// <summary>A <see cref="PlistValue"/>-typed property: the value model's own constructors.</summary>
    public static Expr AsPlistValue(PlistValue value, TypeNames names, GuidConstants strings)
    {
        names.Use("ProfileAsCode.PropertyList");
        return value switch
        {
            PlistString s => new InlineExpr($"new PlistString({strings.Render(s.Value)})"),
            PlistBoolean b => new InlineExpr(b.Value ? "PlistBoolean.True" : "PlistBoolean.False"),
            PlistInteger i => new InlineExpr($"new PlistInteger({CSharpLiteral.Integer(i.Value, asLong: true)})"),
            PlistReal r => new InlineExpr($"new PlistReal({CSharpLiteral.Double(r.Value)})"),
            PlistDate d => new InlineExpr($"new PlistDate({CSharpLiteral.Date(d.Value)})"),
            PlistData data => new InlineExpr($"new PlistData({CSharpLiteral.Data(data.Value)})"),
            PlistArray array => new CollectionExpr("new PlistValue[]", array.Select(item => AsPlistValue(item, names, strings)).ToList()) is var items
                ? new InlineExpr($"new PlistArray({items.Render(0)})")
                : throw new InvalidOperationException(),
            PlistDictionary dict => new InitializerExpr(
                $"new {names.Name(typeof(Dictionary<string, PlistValue>))}",
                dict.Select(e => ($"[{CSharpLiteral.String(e.Key)}]", AsPlistValue(e.Value, names, strings))).ToList()) is var map
                ? new InlineExpr($"new PlistDictionary({map.Render(0)})")
                : throw new InvalidOperationException(),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown plist kind."),
        };
    }
}
