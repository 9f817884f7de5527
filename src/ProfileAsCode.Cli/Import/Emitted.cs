using ProfileAsCode.Cli.CodeGeneration;

namespace ProfileAsCode.Cli.Import;

/// <summary>An expression for a value, or why the value does not fit the target type.</summary>
internal readonly record struct Emitted(Expr? Expr, string? Problem)
{
    public static Emitted Of(Expr expr) => new(expr, null);

    public static Emitted Of(string inline) => new(new InlineExpr(inline), null);

    public static Emitted Fail(string problem) => new(null, problem);
}
