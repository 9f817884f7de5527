namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// The profiles are not MSBuild FileWrites (IncrementalClean would handle every one of them in every
/// build): the package's own targets keep them through rebuilds, remove those the code no longer
/// produces, and delete them on Clean.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class OutputTrackingTests(PackageFixture package)
{
    private const string Name = "Tracking";

    [Fact]
    public void ProfilesSurviveRebuilds_FollowTheCode_SurviveAnEarlierVersionsRecord_AndStayOutsideTheOutputFolderOnClean()
    {
        var consumer = package.CreateConsumer(Name);
        consumer.Write("Profiles.cs", Source("com.contoso.first", "com.contoso.second"));
        var first = consumer.ProfilePath("com.contoso.first.mobileconfig");
        var second = consumer.ProfilePath("com.contoso.second.mobileconfig");

        var initial = consumer.Build();
        Assert.True(initial.Succeeded, initial.Output);
        Assert.True(File.Exists(first) && File.Exists(second), initial.Output);
        Assert.DoesNotContain(".mobileconfig", File.ReadAllText(CleanFileList(consumer)), StringComparison.Ordinal);
        var firstWritten = File.GetLastWriteTimeUtc(first);

        // A recompile runs IncrementalClean for real: it must not take the kept profile, and the
        // profile whose record was removed goes, from the folder and from the list.
        consumer.Write("Profiles.cs", Source("com.contoso.first"));
        var removed = consumer.Build();
        Assert.True(removed.Succeeded, removed.Output);
        Assert.Contains("ProfileAsCode: 0 profiles written, 1 unchanged", removed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(first), "the rebuild deleted " + first + ":\n" + removed.Output);
        Assert.Equal(firstWritten, File.GetLastWriteTimeUtc(first));
        Assert.False(File.Exists(second), "the profile of the removed record is still there:\n" + removed.Output);
        Assert.Equal([first], File.ReadAllLines(ProfileList(consumer)));

        // An earlier ProfileAsCode listed the profiles as FileWrites; the first build with this one
        // must not let IncrementalClean delete them as orphans, and forgets them there.
        File.AppendAllText(CleanFileList(consumer), first + "\n");
        var upgraded = consumer.Build();
        Assert.True(upgraded.Succeeded, upgraded.Output);
        Assert.True(File.Exists(first), "IncrementalClean deleted the profile an earlier version recorded:\n" + upgraded.Output);
        Assert.DoesNotContain(".mobileconfig", File.ReadAllText(CleanFileList(consumer)), StringComparison.Ordinal);

        // Moving the output folder leaves nothing behind in the old one.
        const string MovedSetting = "-p:ProfileAsCodeOutputPath=deploy/";
        var moved = consumer.Build(MovedSetting);
        Assert.True(moved.Succeeded, moved.Output);
        var deployed = Path.Combine(consumer.Directory, "deploy", "com.contoso.first.mobileconfig");
        Assert.True(File.Exists(deployed), moved.Output);
        Assert.False(File.Exists(first), "the profile in the previous output folder is still there:\n" + moved.Output);

        // Clean deletes what it deletes for FileWrites: under the output and intermediate folders.
        // A folder of the project's own choosing is left alone, as before; our files in obj/ go.
        var clean = consumer.Clean(MovedSetting);
        Assert.True(clean.Succeeded, clean.Output);
        Assert.True(File.Exists(deployed), "dotnet clean deleted a profile outside bin/ and obj/");
        Assert.Empty(Directory.GetFiles(Path.Combine(consumer.Directory, "obj"), "*.profileascode.*", SearchOption.AllDirectories));
    }

    private static string CleanFileList(Consumer consumer) =>
        Path.Combine(consumer.Directory, "obj", "Debug", consumer.TargetFramework, Name + ".csproj.FileListAbsolute.txt");

    private static string ProfileList(Consumer consumer) =>
        Path.Combine(consumer.Directory, "obj", "Debug", consumer.TargetFramework, Name + ".profileascode.files.txt");

    private static string Source(params string[] identifiers) =>
        "using ProfileAsCode;\nusing ProfileAsCode.JamfConnect;\n\nnamespace Contoso;\n" + string.Concat(identifiers.Select((identifier, index) => $$"""

            [ConfigurationProfile("{{identifier}}")]
            public sealed record Tenant{{index}}
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcProvider = IdentityProvider.EntraId,
                    OidcClientId = "bbbbbbbb-0000-4000-8000-000000000002",
                    OidcRedirectUri = "https://127.0.0.1/jamfconnect",
                    OidcTenant = "aaaaaaaa-0000-4000-8000-000000000001",
                    OidcRopgId = "bbbbbbbb-0000-4000-8000-000000000002",
                    RopgTenant = "aaaaaaaa-0000-4000-8000-000000000001",
                    RopgScopes = "api://cccccccc-0000-4000-8000-000000000003/jamfconnect+openid+email+profile",
                };
            }

            """));
}
