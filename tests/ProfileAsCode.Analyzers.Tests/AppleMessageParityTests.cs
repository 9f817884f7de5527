extern alias library;

using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using Host = library::ProfileAsCode;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// Every PAC4xxx finding once: for a profile whose Apple payloads are written as literals, the analyzer's findings (at the
/// literal) and the build host's (from the compiled record) have the same IDs and words, which is what lets the host leave
/// out what the compiler's error log already has.
/// </summary>
public sealed class AppleMessageParityTests
{
    private const string Source = """
        using System.Collections.Generic;
        using ProfileAsCode;
        using ProfileAsCode.Apple;

        namespace Consumer;

        [ConfigurationProfile("com.example.apple.parity", MinimumMacOS = "14.0", Scope = ProfileScope.User)]
        public sealed record ParityProfile
        {
            public PrivacyPreferencesPolicyControl Privacy { get; init; } = new()
            {
                Services = new()
                {
                    SystemPolicyAllFiles = [new() { Identifier = "com.example.tool", IdentifierType = PrivacyPreferencesPolicyControl.IdentifierType.BundleID, CodeRequirement = "identifier \"com.example.tool\" and anchor apple" }],
                },
            };

            public Notifications Alerts { get; init; } = new()
            {
                NotificationSettings = [new() { AlertType = (Notifications.AlertType)7, AdditionalKeys = new Dictionary<string, object?> { ["SoundEnabled"] = true } }],
            };

            public Restrictions Restrictions { get; init; } = new() { AllowGenmoji = false };

            public Passcode Passcode { get; init; } = new() { MinLength = 20 };
        }
        """;

    [Fact]
    public async Task AnalyzerAndBuildHost_ReportTheSameAppleFindings_InTheSameWords()
    {
        var compilation = TestCompilation.Create(Source);
        var editor = (await compilation.WithAnalyzers([new ProfileAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id.StartsWith("PAC4", StringComparison.Ordinal))
            .Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)
            .ToList();

        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        var profile = Assembly.Load(image.ToArray()).GetType("Consumer.ParityProfile", throwOnError: true)!;
        var facts = Host.Profiles.Mapping.ProfileBuilder.Build(profile).Facts;
        var build = Host.Rules.RuleEngine.CheckProject([facts], Host.Rules.RuleContext.Build)
            .Where(f => f.Rule.Id.StartsWith("PAC4", StringComparison.Ordinal))
            .Select(f => f.Rule.Id + " " + f.Message)
            .Order(StringComparer.Ordinal)
            .ToList();

        // PAC4001 (BundleIdentifier, Allowed/Authorization), PAC4002, PAC4003, PAC4004, PAC4005, PAC4007 (user scope).
        Assert.Equal(["PAC4001", "PAC4001", "PAC4002", "PAC4003", "PAC4004", "PAC4005", "PAC4007"], editor.Select(m => m[..7]));
        Assert.Equal(build, editor);
    }
}
