using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Diffing.DiffFixtures;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Diffing;

/// <summary><c>diff OLD/ NEW/</c>: two folders of profiles, as the base branch's and the pull request's builds write them.</summary>
public class FolderDiffTests
{
    [Fact]
    public void Folders_AreMatchedByIdentifier_AndReportAddedRemovedAndChangedProfiles()
    {
        using var dir = new TempDirectory();
        Folder(dir, "old",
            ("app.mobileconfig", App("App", Dict(("Server", "a.contoso.com"), ("Port", 443L))))
            , ("gone.mobileconfig", Other("com.contoso.gone", "7B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10")),
            ("com.example.bare.plist", Dict(("k", 1L))));
        Folder(dir, "new",
            ("application.mobileconfig", App("App v2", Dict(("Server", "b.contoso.com"), ("Mode", "fast")))),
            ("fresh.mobileconfig", Other("com.contoso.fresh", "8C0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10")),
            ("com.example.bare.plist", Dict(("k", 1L))));

        var run = RealTool.Run(["diff", "old", "new"], dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            changed: com.contoso.app (old/app.mobileconfig → new/application.mobileconfig)
              profile: top-level keys changed
                ~ PayloadDisplayName: "App" → "App v2"
              payload com.example.app [com.contoso.app.settings]: in-place update
                + Mode: "fast"
                - Port: 443
                ~ Server: "a.contoso.com" → "b.contoso.com"
            added: com.contoso.fresh (new/fresh.mobileconfig)
              payload com.example.other [com.contoso.fresh.other]: added
            removed: com.contoso.gone (old/gone.mobileconfig)
              payload com.example.other [com.contoso.gone.other]: removed

            """,
            run.Stdout);
        Assert.Equal("4 profile(s) compared: 1 changed, 1 added, 1 removed\n", run.Stderr);
    }

    [Fact]
    public void ARenamedIdentifier_IsPairedByFileName_AndWarnsThatMacsInstallAnotherProfile()
    {
        using var dir = new TempDirectory();
        Folder(dir, "old", ("x.mobileconfig", Other("com.contoso.old", "7B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10")));
        Folder(dir, "new", ("x.mobileconfig", Other("com.contoso.new", "7B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10")));

        var run = RealTool.Run(["diff", "old", "new"], dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            changed: com.contoso.new (old/x.mobileconfig → new/x.mobileconfig)
              profile: top-level keys changed
                note: PayloadIdentifier changed, so devices install this as another profile and keep the old one until it is removed
                ~ PayloadIdentifier: "com.contoso.old" → "com.contoso.new"
              payload com.example.other [com.contoso.new.other]: removal + reinstall (PayloadIdentifier changed: "com.contoso.old.other" → "com.contoso.new.other")

            """,
            run.Stdout);
    }

    [Fact]
    public void SameProfiles_UnderOtherFileNames_HaveNoDifferences()
    {
        using var dir = new TempDirectory();
        var app = App("App", Dict(("Server", "a.contoso.com")));
        var other = Other("com.contoso.other", "7B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10");
        var old = Folder(dir, "old", ("a.mobileconfig", app), ("b.mobileconfig", other));
        var @new = Folder(dir, "new", ("b.mobileconfig", app), ("c.mobileconfig", other));

        var run = CliRun.Of("diff", old, @new);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("no differences\n", run.Stdout);
    }

    [Fact]
    public void AnEmptyBaseFolder_MeansEveryProfileIsAdded()
    {
        using var dir = new TempDirectory();
        var old = dir.File("old");
        Directory.CreateDirectory(old);
        var @new = Folder(dir, "new", ("a.mobileconfig", App("App", Dict(("Server", "a.contoso.com")))));

        var run = CliRun.Of("diff", old, @new);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"added: com.contoso.app ({Path.Combine(@new, "a.mobileconfig")})", "  payload com.example.app [com.contoso.app.settings]: added"],
            run.StdoutLines);
    }

    [Fact]
    public void AFileAndAFolder_IsAUsageError()
    {
        using var dir = new TempDirectory();
        var folder = Folder(dir, "new", ("a.mobileconfig", App("App", PlistDictionary.Empty)));
        var file = Path.Combine(folder, "a.mobileconfig");

        var run = CliRun.Of("diff", file, folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"profile-as-code: diff compares two files or two folders; '{folder}' is a folder and '{file}' is not (see diff --help)\n", run.Stderr);
    }

    [Fact]
    public void ABrokenFileInAFolder_IsExitTwo_WithNothingOnStdout()
    {
        using var dir = new TempDirectory();
        var old = Folder(dir, "old", ("a.mobileconfig", App("App", PlistDictionary.Empty)));
        var @new = Folder(dir, "new", ("a.mobileconfig", App("App", PlistDictionary.Empty)));
        File.WriteAllText(Path.Combine(@new, "broken.mobileconfig"), "not a plist");

        foreach (var format in new[] { "text", "json", "markdown" })
        {
            var run = CliRun.Of("diff", old, @new, "--format", format);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Stdout);
            Assert.StartsWith($"profile-as-code: {Path.Combine(@new, "broken.mobileconfig")}: not a property list", run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TextKeys_WithControlCharacters_ReachTheTerminalEscaped()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.mobileconfig", PropertyListSerializer.WriteBinary(App("App", Dict(("k\u001b[31m\u202e", 1L)))));
        var @new = dir.Write("new.mobileconfig", PropertyListSerializer.WriteBinary(App("App", Dict(("k\u001b[31m\u202e", 2L)))));

        var run = CliRun.Of("diff", old, @new);

        Assert.Contains("  ~ k\\u001B[31m\\u202E: 1 → 2", run.StdoutLines);
        Assert.DoesNotContain('\u001b', run.Stdout);
    }
}
