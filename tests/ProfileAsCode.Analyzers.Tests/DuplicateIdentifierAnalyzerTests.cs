using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.DuplicateIdentifierAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

public sealed class DuplicateIdentifierAnalyzerTests
{
    [Fact]
    public async Task TwoProfilesOneIdentifier_ReportedOnTheSecond()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [ConfigurationProfile("com.contoso.jamfconnect")]
            public sealed record First;

            [ConfigurationProfile({|PAC3002:"com.contoso.JamfConnect"|})]
            public sealed record Second;
            """);
    }

    [Fact]
    public async Task DistinctIdentifiers_NoDiagnostic()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [ConfigurationProfile("com.contoso.jamfconnect")]
            public sealed record First;

            [ConfigurationProfile("com.contoso.jamfconnect.menubar")]
            public sealed record Second;
            """);
    }

    [Fact]
    public async Task SingleProfileFindings_AreNotRepeatedHere()
    {
        // PAC3001 belongs to ProfileAnalyzer; this analyzer only adds what spans profiles.
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [ConfigurationProfile("not reverse dns")]
            public sealed record First;

            [ConfigurationProfile("com.contoso.other")]
            public sealed record Second;
            """);
    }
}
