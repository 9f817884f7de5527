using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.CodeGeneration;

/// <summary>C# literals and names for values read from a profile; every result compiles and reads back to the same value.</summary>
internal static class CSharpLiteral
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// A regular (not verbatim) string literal. Every character <see cref="UntrustedText"/> would not show raw (controls,
    /// line and paragraph separators, bidi and other format characters, lone surrogates) is a <c>\u</c> or <c>\U</c>
    /// escape, so the source stays one line of valid UTF-8 that reads as it compiles (no "Trojan Source", CVE-2021-42574).
    /// </summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        if (UntrustedText.IsUnsafePair(value, i))
                        {
                            builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                    }
                    else if (UntrustedText.IsUnsafe(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives as an attribute argument: attribute strings are stored as UTF-8 (ECMA-335,
    /// II.23.3 "Custom attributes", SerString), so an unpaired surrogate comes back as U+FFFD. Literals in code keep it.
    /// </summary>
    public static bool FitsAttribute(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An integer literal typed to fit: <c>int</c>-range values bare, then <c>L</c>, then <c>UL</c>.</summary>
    public static string Integer(Int128 value, bool asLong)
    {
        if (value > long.MaxValue)
        {
            return ((ulong)value).ToString(CultureInfo.InvariantCulture) + "UL";
        }

        var text = ((long)value).ToString(CultureInfo.InvariantCulture);
        return asLong && (value > int.MaxValue || value < int.MinValue) ? text + "L" : text;
    }

    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "double.NegativeInfinity";
        }

        if (value == 0 && double.IsNegative(value))
        {
            return "-0.0d";
        }

        return value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }

    /// <summary>A UTC <see cref="DateTime"/> expression, keeping sub-second ticks that binary plists carry.</summary>
    public static string Date(DateTime utc)
    {
        var whole = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc);
        var expression = string.Create(CultureInfo.InvariantCulture, $"new global::System.DateTime({utc.Year}, {utc.Month}, {utc.Day}, {utc.Hour}, {utc.Minute}, {utc.Second}, global::System.DateTimeKind.Utc)");
        var extraTicks = utc.Ticks - whole.Ticks;
        return extraTicks == 0 ? expression : string.Create(CultureInfo.InvariantCulture, $"{expression}.AddTicks({extraTicks})");
    }

    public static string Data(ImmutableArray<byte> bytes) =>
        $"global::System.Convert.FromBase64String({String(Convert.ToBase64String(bytes.AsSpan()))})";

    /// <summary>An identifier for the name: <c>@</c>-prefixed when it is a keyword.</summary>
    public static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;

    /// <summary>
    /// A PascalCase C# identifier for a plist key (<c>mcx-timeout</c> → <c>McxTimeout</c>,
    /// <c>2FA</c> → <c>_2FA</c>). Different keys can give the same name; callers make names unique.
    /// </summary>
    public static string PascalCase(string key)
    {
        var builder = new StringBuilder(key.Length);
        var upperNext = true;
        foreach (var c in key)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        if (builder.Length == 0)
        {
            builder.Append("Key");
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
