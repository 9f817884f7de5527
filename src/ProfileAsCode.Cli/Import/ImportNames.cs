using System.Text;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// Readable C# names for what a profile holds: keys (<c>OIDCClientID</c> → <c>OidcClientId</c>), preference
/// domains (<c>com.example.app</c> → <c>App</c>) and the library's record types (<c>JamfConnectMenuBar</c> →
/// <c>MenuBar</c>). Every name is ASCII letters, digits and '_' only, whatever the input holds; callers make names
/// unique and escape keywords (<see cref="CodeGeneration.CSharpLiteral.Identifier"/>).
/// </summary>
internal static class ImportNames
{
    /// <summary>
    /// The words of <paramref name="key"/> in PascalCase: split at characters other than ASCII letters and digits and at
    /// case changes, an acronym kept as one word (<c>OIDCClientID</c> → <c>OidcClientId</c>, <c>URLs</c> → <c>Urls</c>,
    /// <c>SSID_STR</c> → <c>SsidStr</c>); a leading digit gets '_' (<c>2fa-mode</c> → <c>_2faMode</c>); "Key" when no
    /// letter or digit is left.
    /// </summary>
    public static string Readable(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var token in Tokens(key))
        {
            foreach (var word in Words(token))
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word[1..].ToLowerInvariant());
            }
        }

        if (builder.Length == 0)
        {
            return "Key";
        }

        return char.IsAsciiDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    /// <summary>
    /// A name for a preference domain: its labels after the first two, which name the vendor
    /// (<c>com.example.app</c> → <c>App</c>, <c>com.jamf.connect.login</c> → <c>ConnectLogin</c>), or its last label
    /// when it has fewer than three; "Settings" when nothing readable is left.
    /// </summary>
    public static string ForDomain(string domain)
    {
        var labels = domain.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var named = labels.Length >= 3 ? labels[2..] : labels[^Math.Min(1, labels.Length)..];
        var name = string.Concat(named.Select(Readable).Select(part => part.TrimStart('_')));
        return name.Length == 0 || name == "Key" ? "Settings" : Readable(name);
    }

    /// <summary>
    /// The property name for a payload of a library record type: its name without the name of its namespace in front
    /// (<c>ProfileAsCode.JamfConnect.JamfConnectMenuBar</c> → <c>MenuBar</c>; <c>ProfileAsCode.Apple.Notifications</c> stays).
    /// </summary>
    public static string ForRecordType(Type type)
    {
        var name = type.Name;
        var area = type.Namespace?.Split('.')[^1] ?? "";
        return area.Length > 0 && name.Length > area.Length && name.StartsWith(area, StringComparison.Ordinal) && char.IsUpper(name[area.Length])
            ? name[area.Length..]
            : name;
    }

    /// <summary>The runs of ASCII letters and digits.</summary>
    private static IEnumerable<string> Tokens(string key)
    {
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var inToken = i < key.Length && char.IsAsciiLetterOrDigit(key[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                yield return key[start..i];
                start = -1;
            }
        }
    }

    private static IEnumerable<string> Words(string token)
    {
        var start = 0;
        for (var i = 1; i < token.Length; i++)
        {
            var previous = token[i - 1];
            var current = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            var lowerToUpper = !char.IsUpper(previous) && char.IsUpper(current);

            // The last capital of an acronym starts the next word (OIDCClient → OIDC|Client), except before a plural "s" (URLs).
            var acronymEnd = char.IsUpper(previous) && char.IsUpper(current) && char.IsLower(next) && !(next == 's' && i + 2 == token.Length);
            if (lowerToUpper || acronymEnd)
            {
                yield return token[start..i];
                start = i;
            }
        }

        if (start < token.Length)
        {
            yield return token[start..];
        }
    }
}
