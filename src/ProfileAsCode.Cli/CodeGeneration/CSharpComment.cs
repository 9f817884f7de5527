using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.CodeGeneration;

/// <summary>
/// A <c>//</c> comment line in generated code, for text that came from a profile (a key, a file name, a signer).
/// Nothing in it can end the comment: every character that could end the line (LF, CR, U+0085, U+2028, U+2029 are
/// C# line terminators) or reorder what a reviewer sees is spelled <c>\uXXXX</c> by <see cref="UntrustedText"/>,
/// <c>*/</c> and <c>/*</c> are split so a reader pasting the line into a block comment cannot close it, and the line
/// is cut to <see cref="MaxLength"/> characters.
/// </summary>
internal static class CSharpComment
{
    public const int MaxLength = 300;

    public static string Line(string text) =>
        "// " + UntrustedText.Escape(text, MaxLength).Replace("*/", "* /", StringComparison.Ordinal).Replace("/*", "/ *", StringComparison.Ordinal);
}
