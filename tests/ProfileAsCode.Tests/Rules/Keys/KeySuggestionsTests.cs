using System.Diagnostics;
using ProfileAsCode.Rules.Keys;

namespace ProfileAsCode.Tests.Rules.Keys;

public class KeySuggestionsTests
{
    private static readonly string[] Known = ["OIDCTenant", "OIDCClientID", "ROPGTenant", "DenyLocal"];

    [Theory]
    [InlineData("OIDCTennant", "OIDCTenant")]
    [InlineData("oidctenant", "OIDCTenant")]
    [InlineData("OIDCClinetID", "OIDCClientID")]
    [InlineData("SomethingElse", null)]
    public void Nearest_OffersASlip_NotAnotherWord(string typed, string? expected) =>
        Assert.Equal(expected, KeySuggestions.Nearest(typed, Known));

    /// <summary>Found by the analyzers' crash corpus (issue 13 item 11): a megabyte key was measured against every known key, a minute per keystroke.</summary>
    [Fact]
    public void AMegabyteKey_IsNoSlip_AndIsAnsweredAtOnce()
    {
        var clock = Stopwatch.StartNew();

        var suggestion = KeySuggestions.Nearest(new string('k', 1 << 20), Known);

        Assert.Null(suggestion);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
    }
}
