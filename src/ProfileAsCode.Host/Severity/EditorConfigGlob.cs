using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProfileAsCode.Host.Severity;

/// <summary>
/// An .editorconfig section name as a matcher for paths relative to the file's folder
/// (editorconfig.org: <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>{1..9}</c>;
/// a name without <c>/</c> matches the file name in any subfolder).
/// </summary>
internal sealed class EditorConfigGlob
{
    private readonly Regex regex;
    private readonly List<(int Min, int Max)> numberRanges;

    private EditorConfigGlob(Regex regex, List<(int Min, int Max)> numberRanges)
    {
        this.regex = regex;
        this.numberRanges = numberRanges;
    }

    public static EditorConfigGlob Compile(string sectionName)
    {
        var pattern = sectionName.Contains('/') ? sectionName.TrimStart('/') : "**/" + sectionName;
        var ranges = new List<(int, int)>();
        var body = Translate(pattern, ranges);
        return new EditorConfigGlob(new Regex("^" + body + "$", RegexOptions.CultureInvariant), ranges);
    }

    /// <param name="relativePath">Forward slashes, relative to the config file's folder.</param>
    public bool IsMatch(string relativePath)
    {
        var match = regex.Match(relativePath);
        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < numberRanges.Count; i++)
        {
            var number = int.Parse(match.Groups["n" + i].Value, CultureInfo.InvariantCulture);
            if (number < numberRanges[i].Min || number > numberRanges[i].Max)
            {
                return false;
            }
        }

        return true;
    }

    private static string Translate(string pattern, List<(int, int)> ranges)
    {
        var regex = new StringBuilder();
        var braceDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    // "**/" also matches no folder at all.
                    var slashFollows = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    regex.Append(slashFollows ? "(?:.*/)?" : ".*");
                    i += slashFollows ? 2 : 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    var set = pattern.Substring(i + 1, close - i - 1);
                    regex.Append(set.StartsWith('!') ? "[^" + EscapeSet(set.Substring(1)) + "]" : "[" + EscapeSet(set) + "]");
                    i = close;
                    break;
                case '{' when TryNumberRange(pattern, i, out var min, out var max, out var end):
                    regex.Append("(?<n").Append(ranges.Count.ToString(CultureInfo.InvariantCulture)).Append(@">-?\d+)");
                    ranges.Add((min, max));
                    i = end;
                    break;
                case '{':
                    braceDepth++;
                    regex.Append("(?:");
                    break;
                case ',' when braceDepth > 0:
                    regex.Append('|');
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    regex.Append(')');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.ToString();
    }

    private static string EscapeSet(string set) => set.Replace(@"\", @"\\").Replace("^", @"\^").Replace("[", @"\[");

    private static bool TryNumberRange(string pattern, int open, out int min, out int max, out int end)
    {
        min = max = 0;
        end = pattern.IndexOf('}', open);
        if (end < 0)
        {
            return false;
        }

        var parts = pattern.Substring(open + 1, end - open - 1).Split(new[] { ".." }, StringSplitOptions.None);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out min)
            && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out max);
    }
}
