using System.Text;

namespace ProfileAsCode.Cli.CodeGeneration;

/// <summary>A C# expression to print: a single token run, an object initializer, or a collection.</summary>
internal abstract record Expr
{
    protected const int InlineLimit = 90;

    /// <summary>Prints the expression; lines after the first are indented for nesting level <paramref name="depth"/>.</summary>
    public abstract string Render(int depth);

    protected static string Indent(int depth) => new(' ', depth * 4);

    public bool IsInline => this is InlineExpr;
}

internal sealed record InlineExpr(string Text) : Expr
{
    public override string Render(int depth) => Text;
}

/// <summary><c>new() { A = …, B = … }</c>, one member per line.</summary>
internal sealed record InitializerExpr(string Creation, IReadOnlyList<(string Target, Expr Value)> Members) : Expr
{
    public override string Render(int depth)
    {
        if (Members.Count == 0)
        {
            return Creation;
        }

        var text = new StringBuilder(Creation).Append('\n').Append(Indent(depth)).Append("{\n");
        foreach (var (target, value) in Members)
        {
            text.Append(Indent(depth + 1)).Append(target).Append(" = ").Append(value.Render(depth + 1)).Append(",\n");
        }

        return text.Append(Indent(depth)).Append('}').ToString();
    }
}

/// <summary>A collection expression <c>[a, b]</c>, or an array creation <c>new object[] { a, b }</c>; on one line when short.</summary>
internal sealed record CollectionExpr(string? ArrayCreation, IReadOnlyList<Expr> Items) : Expr
{
    public override string Render(int depth)
    {
        var (open, close) = ArrayCreation is null ? ("[", "]") : (ArrayCreation + " { ", " }");
        if (Items.Count == 0)
        {
            return ArrayCreation is null ? "[]" : ArrayCreation + " { }";
        }

        if (Items.All(i => i.IsInline))
        {
            var inline = open + string.Join(", ", Items.Select(i => i.Render(depth))) + close;
            if (inline.Length <= InlineLimit)
            {
                return inline;
            }
        }

        var text = new StringBuilder(ArrayCreation is null ? "[" : ArrayCreation + "\n" + Indent(depth) + "{").Append('\n');
        foreach (var item in Items)
        {
            text.Append(Indent(depth + 1)).Append(item.Render(depth + 1)).Append(",\n");
        }

        return text.Append(Indent(depth)).Append(ArrayCreation is null ? "]" : "}").ToString();
    }
}
