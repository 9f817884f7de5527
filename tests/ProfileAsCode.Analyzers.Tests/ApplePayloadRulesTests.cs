using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ProfileAsCode.CodeFixes;
using VerifyPayload = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.PayloadInitializerAnalyzer>;
using VerifyProfile = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.ProfileAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>PAC4001–PAC4007 at the literal, for the library's Apple records and a user's own [ApplePayload] records.</summary>
public sealed class ApplePayloadRulesTests
{
    private const string JamfConnectRequirement = "identifier \\\"com.jamf.connect\\\" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = \\\"483DWKW443\\\"";

    private static string Payload(string body) => $$"""
        using System.Collections.Generic;
        using ProfileAsCode;
        using ProfileAsCode.Apple;

        static class Build
        {
        {{body}}
        }
        """;

    [Fact]
    public async Task ValidPppcEntry_NoDiagnostic()
    {
        await VerifyPayload.AnalyzeAsync(Payload($$"""
                static PrivacyPreferencesPolicyControl Create() => new()
                {
                    Services = new()
                    {
                        SystemPolicyAllFiles =
                        [
                            new() { Identifier = "com.jamf.connect", IdentifierType = PrivacyPreferencesPolicyControl.IdentifierType.BundleID, CodeRequirement = "{{JamfConnectRequirement}}", Authorization = PrivacyPreferencesPolicyControl.Authorization.Allow },
                        ],
                    },
                };
            """));
    }

    [Fact]
    public async Task Pac4001_PppcEntryWithoutAllowedOrAuthorization_AtTheEntry()
    {
        await VerifyPayload.AnalyzeAsync(Payload($$"""
                static PrivacyPreferencesPolicyControl Create() => new()
                {
                    Services = new()
                    {
                        SystemPolicyAllFiles = [{|PAC4001:new()|} { Identifier = "com.jamf.connect", IdentifierType = PrivacyPreferencesPolicyControl.IdentifierType.BundleID, CodeRequirement = "{{JamfConnectRequirement}}" }],
                    },
                };
            """));
    }

    [Fact]
    public async Task Pac4001_MissingTopLevelKey_AtThePayload()
    {
        await VerifyPayload.AnalyzeAsync(Payload("""
                static ManagedLoginItems Create() => {|PAC4001:new()|} { };
            """));
    }

    [Fact]
    public async Task Pac4001_RequirementOnlyInApplesProse_IsAWarning()
    {
        await VerifyPayload.AnalyzeAsync(
            Payload("""
                static GlobalHttpProxy Create() => {|#0:new()|} { ProxyType = GlobalHttpProxy.ProxyTypeValue.Manual, ProxyServerPort = 8080 };
            """),
            new DiagnosticResult("PAC4001", DiagnosticSeverity.Warning).WithLocation(0));
    }

    [Fact]
    public async Task Pac4002_IntegerEnumCastToAValueAppleDoesNotAllow()
    {
        await VerifyPayload.AnalyzeAsync(Payload("""
                static Notifications Create() => new() { NotificationSettings = [new() { BundleIdentifier = "com.jamf.connect", AlertType = {|PAC4002:(Notifications.AlertType)7|} }] };
            """));
    }

    private const string OwnProxyRecord = """
        using ProfileAsCode;

        [ApplePayload("com.apple.proxy.http.global")]
        public sealed record OwnProxy
        {
            [PayloadKey("ProxyType")] public string? ProxyType { get; init; }
            [PayloadKey("ProxyServer")] public string? ProxyServer { get; init; }
            [PayloadKey("ProxyServerPort")] public long? ProxyServerPort { get; init; }
        }

        """;

    [Fact]
    public async Task Pac4002_NearMissOfOneAllowedValue_IsReplacedByTheFix()
    {
        await VerifyPayload.FixAsync<ReplaceValueFixer>(
            OwnProxyRecord + """
            static class Build
            {
                static OwnProxy Create() => new() { ProxyType = {|PAC4002:"manual"|}, ProxyServer = "proxy.contoso.com", ProxyServerPort = 8080 };
            }
            """,
            OwnProxyRecord + """
            static class Build
            {
                static OwnProxy Create() => new() { ProxyType = "Manual", ProxyServer = "proxy.contoso.com", ProxyServerPort = 8080 };
            }
            """);
    }

    [Fact]
    public async Task Pac4003_NumberAboveTheRange()
    {
        await VerifyPayload.AnalyzeAsync(Payload("""
                static Passcode Create() => new() { MinLength = {|PAC4003:20|} };
            """));
    }

    [Fact]
    public async Task Pac4004_KeyNewerThanTheProfilesMinimumMacOS()
    {
        await VerifyProfile.AnalyzeAsync("""
            using ProfileAsCode;
            using ProfileAsCode.Apple;

            [ConfigurationProfile("com.contoso.restrictions", MinimumMacOS = "14.0")]
            public sealed record RestrictionsProfile
            {
                public Restrictions Restrictions { get; init; } = new() { AllowAssistant = false, AllowGenmoji = {|PAC4004:false|} };
            }
            """);
    }

    [Fact]
    public async Task Pac4004_NotReportedWithoutAMinimumMacOS()
    {
        await VerifyProfile.AnalyzeAsync("""
            using ProfileAsCode;
            using ProfileAsCode.Apple;

            [ConfigurationProfile("com.contoso.restrictions")]
            public sealed record RestrictionsProfile
            {
                public Restrictions Restrictions { get; init; } = new() { AllowGenmoji = false };
            }
            """);
    }

    [Fact]
    public async Task Pac4005_MisspelledRawKey_AtTheKeyLiteral()
    {
        await VerifyPayload.AnalyzeAsync(Payload("""
                static Firewall Create() => new() { EnableFirewall = true, AdditionalKeys = new Dictionary<string, object?> { [{|PAC4005:"EnableStealthMod"|}] = true } };
            """));
    }

    [Fact]
    public async Task Pac4005_MisspelledRawKeyInAListItem_IsRenamedByTheFix()
    {
        const string Before = """
                static Notifications Create() => new() { NotificationSettings = [new() { BundleIdentifier = "com.jamf.connect", AdditionalKeys = new Dictionary<string, object?> { [{|PAC4005:"CriticalAlertEnable"|}] = true } }] };
            """;
        const string After = """
                static Notifications Create() => new() { NotificationSettings = [new() { BundleIdentifier = "com.jamf.connect", AdditionalKeys = new Dictionary<string, object?> { ["CriticalAlertEnabled"] = true } }] };
            """;
        await VerifyPayload.FixAsync<RenameKeyFixer>(Payload(Before), Payload(After));
    }

    [Fact]
    public async Task Pac4006_OwnRecordWritesAStringWhereAppleReadsABoolean()
    {
        await VerifyPayload.AnalyzeAsync("""
            using ProfileAsCode;

            [ApplePayload("com.apple.security.firewall")]
            public sealed record OwnFirewall { [PayloadKey("EnableFirewall")] public string? EnableFirewall { get; init; } }

            static class Build
            {
                static OwnFirewall Create() => new() { EnableFirewall = {|PAC4006:"yes"|} };
            }
            """);
    }

    [Fact]
    public async Task Pac4007_DeviceOnlyPayloadInAUserProfile()
    {
        await VerifyProfile.AnalyzeAsync("""
            using ProfileAsCode;
            using ProfileAsCode.Apple;

            [ConfigurationProfile("com.contoso.user", Scope = ProfileScope.User)]
            public sealed record UserProfile
            {
                public ManagedLoginItems LoginItems { get; init; } = {|PAC4007:new()|}
                {
                    Rules = [new() { RuleType = ManagedLoginItems.RuleType.TeamIdentifier, RuleValue = "483DWKW443" }],
                };
            }
            """);
    }
}
