using System.Text;
using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Keys;

namespace ProfileAsCode.Tests.JamfConnect;

/// <summary>
/// The generator of docs/jamf-connect-keys.md: every key of the model's key table with its domain, type, the page
/// that documents it, the versions that read it and whether it is verified. <see cref="JamfConnectKeysDocumentTests"/>
/// fails when the committed file differs; set PROFILEASCODE_WRITE_DOCS=1 to rewrite it.
/// </summary>
internal static class JamfConnectKeysDocument
{
    public const string RelativePath = "docs/jamf-connect-keys.md";

    public static string Render()
    {
        var table = JamfConnectKeyTable.Instance;
        var text = new StringBuilder();
        text.Append("<!-- auto-generated from src/ProfileAsCode/Rules/JamfConnect/JamfConnectKeyTable.cs by tests/ProfileAsCode.Tests/JamfConnect/JamfConnectKeysDocument.cs;\n");
        text.Append("     do not edit. Regenerate: PROFILEASCODE_WRITE_DOCS=1 dotnet test tests/ProfileAsCode.Tests --filter JamfConnectKeysDocument -->\n");
        text.Append("# Jamf Connect keys\n\n");
        text.Append("Every key of `com.jamf.connect.login` (login window) and `com.jamf.connect` (menu bar app up to 2.45.1,\n");
        text.Append("Self Service+ from 3.0) the model knows: the typed records in `ProfileAsCode.JamfConnect` write them, and\n");
        text.Append("[PAC2006](rules/PAC2006.md) reports any other key, [PAC2007](rules/PAC2007.md) a value of another type.\n\n");
        text.Append("- **Type** is the property-list type Jamf Connect reads; `any` where no source shows it.\n");
        text.Append("- **Read from** is the first version a Jamf page shows the key in, where one does; \"not documented\" otherwise\n");
        text.Append("  (the key is in today's documentation; the release that added it is not stated).\n");
        text.Append("- **Verified**: a Jamf page names the key, where it sits and its type. Unverified keys come from Jamf's samples,\n");
        text.Append("  Jamf's PDFs or third parties; PAC2006 knows them, PAC2007 does not enforce their types.\n\n");
        foreach (var domain in table.Domains)
        {
            var title = table.Describe(domain);
            text.Append("## ").Append(char.ToUpperInvariant(title[0])).Append(title[1..]).Append("\n\n");
            text.Append("| Key | Type | Read from | Documented on | Verified | Notes |\n|---|---|---|---|---|---|\n");
            foreach (var key in table.KeysOf(domain).OrderBy(k => k.Path, StringComparer.Ordinal))
            {
                text.Append("| `").Append(key.Path).Append("` | ").Append(TypeName(key)).Append(" | ")
                    .Append(key.Since is null ? "not documented" : key.Since).Append(" | ")
                    .Append(Link(key.Documentation)).Append(" | ")
                    .Append(key.Verified ? "yes" : "**no**").Append(" | ")
                    .Append(Notes(key)).Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("## Identity provider values\n\n");
        text.Append("| Value | Login window (`OIDCProvider`) | Menu bar / Self Service+ (`IdPSettings` → `Provider`) | Versions |\n|---|---|---|---|\n");
        text.Append("| `Azure` | listed (\"formerly Azure\") | listed | every documented version |\n");
        foreach (var provider in new[] { "IBMCI", "GoogleID", "OneLogin", "Okta", "PingFederate", "Custom" })
        {
            text.Append("| `").Append(provider).Append("` | listed | listed | every documented version |\n");
        }

        foreach (var provider in JamfConnectVersions.LaterProviders)
        {
            var menuBar = provider == "Okta-OIDC" ? "the page writes `Okta OIDC` (with a space); which spelling Self Service+ reads is **unverified**" : "listed";
            text.Append("| `").Append(provider).Append("` | listed | ").Append(menuBar).Append(" | not in ").Append(JamfConnectVersions.LastWithoutLaterProviders).Append("'s documentation; first release not documented |\n");
        }

        text.Append("\nSources: ").Append(Link(JamfConnectPages.LoginAuthentication)).Append(", ").Append(Link(JamfConnectPages.MenuBarAuthentication))
            .Append(", ").Append(Link(JamfConnectPages.LoginPreferences215)).Append(".\n\n");
        text.Append("## Documented settings whose keys are not known\n\n");
        text.Append("Jamf's pages describe these settings, but no source available to this project gives their key name or place;\n");
        text.Append("they are not modelled, and PAC2006 warns about whatever key is written for them:\n\n");
        text.Append("- \"ROPG Short Name\" (").Append(Link(JamfConnectPages.AdvancedLogin)).Append(")\n");
        text.Append("- \"Ignore Local Accounts for Secondary Access\" (").Append(Link(JamfConnectPages.UserRoles)).Append(")\n");
        text.Append("- the login window's \"Offline MFA\" switch (").Append(Link(JamfConnectPages.OfflineMfa)).Append(")\n");
        return text.ToString();
    }

    private static string TypeName(KeySpec key) => key.Type switch
    {
        PlistType.Array when key.ItemType != PlistType.Any => "array of " + key.ItemType.ToString().ToLowerInvariant(),
        _ => key.Type.ToString().ToLowerInvariant(),
    } + (key.FreeFormChildren ? " (your own keys)" : string.Empty);

    private static string Notes(KeySpec key)
    {
        var notes = new List<string>();
        if (key.SameSettingIn is { } same)
        {
            notes.Add("same setting as `" + same + "` in the other domain");
        }

        if (key.Label is { } label)
        {
            notes.Add("field \"" + label + "\"");
        }

        if (key.Note is { } note)
        {
            notes.Add(note.Replace("|", "\\|", StringComparison.Ordinal));
        }

        return string.Join("; ", notes);
    }

    private static string Link(string url)
    {
        var name = url.Contains("learn.jamf.com", StringComparison.Ordinal) ? url[(url.LastIndexOf('/') + 1)..].Replace('_', ' ')
            : url.Contains("docs.jamf.com", StringComparison.Ordinal) ? "Jamf Connect " + url.Split('/')[4] + ", " + Path.GetFileNameWithoutExtension(url).Replace('_', ' ')
            : url.Contains("kdrwygvh", StringComparison.Ordinal) ? "community JSON schema"
            : url.Contains("github.com/jamf", StringComparison.Ordinal) ? "Jamf's samples"
            : "third-party blog";
        return "[" + name + "](" + url + ")";
    }
}

public sealed class JamfConnectKeysDocumentTests
{
    [Fact]
    public void CommittedKeysDocumentIsCurrent()
    {
        var path = Path.Combine(RepositoryRoot(), JamfConnectKeysDocument.RelativePath);
        var expected = JamfConnectKeysDocument.Render();
        if (Environment.GetEnvironmentVariable("PROFILEASCODE_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), path + " is missing: regenerate it (PROFILEASCODE_WRITE_DOCS=1)");
        Assert.True(expected == File.ReadAllText(path), JamfConnectKeysDocument.RelativePath + " is stale: regenerate it with PROFILEASCODE_WRITE_DOCS=1 dotnet test tests/ProfileAsCode.Tests --filter JamfConnectKeysDocument");
    }

    [Fact]
    public void EveryKeyOfTheTableIsListed()
    {
        var text = JamfConnectKeysDocument.Render();

        Assert.All(JamfConnectKeyTable.Instance.Keys, key => Assert.Contains("| `" + key.Path + "` |", text, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProfileAsCode.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ProfileAsCode.sln not found above " + AppContext.BaseDirectory);
    }
}
