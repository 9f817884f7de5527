using ProfileAsCode.Cli.Jamf;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Jamf;

/// <summary>The plan's differ is <c>diff</c>: for the same two profiles it finds and says exactly what <c>profile-as-code diff</c> prints.</summary>
public class DiffEngineDifferTests
{
    [Fact]
    public void SameTwoProfiles_DescribeAsDiffPrintsThem()
    {
        using var dir = new TempDirectory();
        var onServer = JamfCli.SmallProfile("com.contoso.same", "Same", 1).SetItem("PayloadEnabled", true);
        var payload = (PlistDictionary)((PlistArray)onServer["PayloadContent"])[0];
        var toUpload = onServer
            .SetItem("PayloadDisplayName", "Renamed")
            .SetItem("PayloadContent", new PlistArray(payload.SetItem("Level", 2L).SetItem("PayloadUUID", "5A0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F12").Remove("Name")));

        var difference = new DiffEngineDiffer().Compare(onServer, toUpload);
        var diff = CliRun.Of("diff", CorpusFiles.Xml(dir, "server.mobileconfig", onServer), CorpusFiles.Xml(dir, "upload.mobileconfig", toUpload));

        Assert.Equal(1, diff.ExitCode);
        Assert.True(difference.HasDifferences);
        Assert.Equal(diff.StdoutLines, difference.Describe());
        Assert.Contains(difference.Describe(), l => l.EndsWith("removal + reinstall (PayloadUUID changed: \"" + JamfCli.Uuid("com.contoso.same.app") + "\" → \"5A0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F12\")", StringComparison.Ordinal));
    }

    [Fact]
    public void EqualByMeaning_IsNoDifference_WhateverTheKeyOrder()
    {
        var profile = JamfCli.SmallProfile("com.contoso.order", "Order", 1);
        var reordered = new PlistDictionary(profile.Reverse());

        Assert.False(new DiffEngineDiffer().Compare(profile, reordered).HasDifferences);
    }

    [Fact]
    public void ServerCopyThatIsNotAProfile_IsADifferenceThatSaysWhy()
    {
        var difference = new DiffEngineDiffer().Compare(Dict(("Level", 1L)), JamfCli.SmallProfile("com.contoso.bare", "Bare", 1));

        Assert.True(difference.HasDifferences);
        var line = Assert.Single(difference.Describe());
        Assert.StartsWith("the server copy cannot be compared (the Jamf Pro copy: this is a bare preference plist", line, StringComparison.Ordinal);
        Assert.EndsWith("; apply replaces it", line, StringComparison.Ordinal);
    }
}
