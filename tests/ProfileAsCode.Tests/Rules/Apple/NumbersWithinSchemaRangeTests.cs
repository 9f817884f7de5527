using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Apple.AppleFacts;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>PAC4003: numbers outside a key's <c>range</c>.</summary>
public sealed class NumbersWithinSchemaRangeTests
{
    private const string Passcode = "com.apple.mobiledevice.passwordpolicy";

    [Fact]
    public void NumbersWithinTheRange_Pass()
    {
        Assert.Empty(Check(ApplePayload(Passcode, Key("minLength", 12L), Key("maxPINAgeInDays", 365L))).Apple4xxx());
    }

    [Fact]
    public void NumberAboveTheMaximum_IsAWarning()
    {
        var finding = Assert.Single(Check(ApplePayload(Passcode, Key("minLength", 20L))).Apple4xxx());

        Assert.Equal(("PAC4003", RuleSeverity.Warning, "minLength"), (finding.Rule.Id, finding.Severity, finding.KeyPath));
        Assert.StartsWith("minLength is 20, outside the range Apple's schema for com.apple.mobiledevice.passwordpolicy gives it (from 0 to 16).", finding.Message);
    }

    [Fact]
    public void ValueAllowedBesidesTheRange_Passes_AndOtherValuesNameBoth()
    {
        const string energy = "com.apple.MCX";
        const string timer = "com.apple.EnergySaver.desktop.ACPower.System Sleep Timer";
        Assert.Empty(Check(ApplePayload(energy, Unknown("com.apple.EnergySaver.desktop.ACPower"), Key(timer, 0L))).Apple4xxx());
        Assert.Empty(Check(ApplePayload(energy, Unknown("com.apple.EnergySaver.desktop.ACPower"), Key(timer, 180L))).Apple4xxx());

        var finding = Assert.Single(Check(ApplePayload(energy, Unknown("com.apple.EnergySaver.desktop.ACPower"), Key(timer, 240L))).Apple4xxx());
        Assert.Equal(("PAC4003", timer), (finding.Rule.Id, finding.KeyPath));
        Assert.Contains("(from 1 to 180, or 0)", finding.Message);
    }

    [Fact]
    public void NumberBelowTheMinimum_IsReported()
    {
        var finding = Assert.Single(Check(ApplePayload(Passcode, Key("maxFailedAttempts", 1L))).Apple4xxx());

        Assert.Equal(("PAC4003", "maxFailedAttempts"), (finding.Rule.Id, finding.KeyPath));
        Assert.Contains("(from 2 to 11)", finding.Message);
    }
}
