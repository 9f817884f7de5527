using ProfileAsCode.JamfPro.Http;

namespace ProfileAsCode.JamfPro.Tests.Http;

public class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new() { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) };

    [Theory]
    [InlineData(1, 0.0, 50)]
    [InlineData(1, 0.999999, 100)]
    [InlineData(2, 0.0, 100)]
    [InlineData(2, 0.999999, 200)]
    [InlineData(3, 0.5, 300)]
    [InlineData(4, 0.999999, 800)]
    [InlineData(5, 0.999999, 1000)]
    [InlineData(30, 0.0, 500)]
    public void Wait_IsJitteredBetweenHalfTheCapAndTheCap_WhichDoublesUpToTheMaximum(int failedAttempts, double random, int expectedMs)
    {
        var wait = Policy.DelayBefore(failedAttempts, null, random);

        Assert.InRange(wait.TotalMilliseconds, expectedMs - 0.5, expectedMs + 0.5);
    }

    [Fact]
    public void RetryAfter_LongerThanTheJitteredWait_IsHonouredUpToTheMaximum()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(700), Policy.DelayBefore(1, TimeSpan.FromMilliseconds(700), 0));
        Assert.Equal(TimeSpan.FromSeconds(1), Policy.DelayBefore(1, TimeSpan.FromMinutes(5), 0));
        Assert.Equal(TimeSpan.FromMilliseconds(50), Policy.DelayBefore(1, TimeSpan.FromMilliseconds(10), 0));
    }
}

public class JamfServerUrlTests
{
    [Theory]
    [InlineData("https://contoso.jamfcloud.com", "https://contoso.jamfcloud.com/JSSResource/osxconfigurationprofiles")]
    [InlineData("https://contoso.jamfcloud.com/", "https://contoso.jamfcloud.com/JSSResource/osxconfigurationprofiles")]
    [InlineData("https://jamf.contoso.com:8443/jamf", "https://jamf.contoso.com:8443/jamf/JSSResource/osxconfigurationprofiles")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123/JSSResource/osxconfigurationprofiles")]
    [InlineData("http://localhost:5123/", "http://localhost:5123/JSSResource/osxconfigurationprofiles")]
    [InlineData("http://[::1]:5123", "http://[::1]:5123/JSSResource/osxconfigurationprofiles")]
    public void Accepted_AndPathsResolveUnderTheBase(string url, string expected) =>
        Assert.Equal(expected, JamfServerUrl.Parse(url).Resolve("JSSResource/osxconfigurationprofiles").ToString());

    [Theory]
    [InlineData("http://contoso.jamfcloud.com", "must be reached over https://")]
    [InlineData("https://admin:pw@contoso.jamfcloud.com", "holds a user name or password")]
    [InlineData("https://contoso.jamfcloud.com/?x=1", "has a query or fragment")]
    [InlineData("ftp://contoso.jamfcloud.com", "is not an absolute http(s) URL")]
    [InlineData("contoso.jamfcloud.com", "is not an absolute http(s) URL")]
    [InlineData("", "is empty")]
    public void Refused_WithOneLine(string url, string expected)
    {
        var error = Assert.Throws<JamfProException>(() => JamfServerUrl.Parse(url));

        Assert.Equal(JamfProProblem.BadInput, error.Problem);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw@", error.Message.Replace("admin:pw@", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

public class StatusPageTests
{
    [Fact]
    public void ClassicConflictPage_GivesTheErrorParagraph() =>
        Assert.Equal("Error: Duplicate name", StatusPage.ReasonOf(ProfileAsCode.Testing.FakeJamf.StatusPages.Conflict("Duplicate name")));

    [Fact]
    public void JamfProApiError_GivesTheDescription() =>
        Assert.Equal("Resource \"x\" not found", StatusPage.ReasonOf("{\"httpStatus\":404,\"errors\":[{\"code\":\"NOT_FOUND\",\"description\":\"Resource \\\"x\\\" not found\"}]}"));

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>no paragraphs</body></html>")]
    [InlineData("plain text")]
    public void AnythingElse_GivesNothing(string body) => Assert.Null(StatusPage.ReasonOf(body));

    [Fact]
    public void HostileReason_IsMadeSafeAndShort()
    {
        var reason = StatusPage.ReasonOf("<p>Conflict</p><p>Error: \u202Egnp.exe\u202C\r\nsecond line " + new string('x', 500) + "</p>")!;

        Assert.StartsWith("Error: \\u202Egnp.exe\\u202C second line x", reason, StringComparison.Ordinal);
        Assert.True(reason.Length <= 140);
        Assert.DoesNotContain('\n', reason);
    }
}

public class StatusPageBoundTests
{
    [Fact]
    public void PageBuiltToSlowTheScan_IsReadPromptly()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var reason = StatusPage.ReasonOf(string.Concat(Enumerable.Repeat("<p x", 50_000)));

        Assert.Null(reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }
}

public class SafeTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb\tc", "a\\u000Ab\\u0009c")]
    [InlineData("bidi \u202E x \u2066", "bidi \\u202E x \\u2066")]
    [InlineData("separators \u2028\u2029", "separators \\u2028\\u2029")]
    [InlineData("emoji 😀 kept", "emoji 😀 kept")]
    public void EscapesWhatCouldMisleadATerminal(string text, string expected) => Assert.Equal(expected, SafeText.Of(text));

    [Fact]
    public void LongText_IsCutWithoutSplittingASurrogatePair()
    {
        var cut = SafeText.Of(new string('a', 8) + "😀😀😀", 10);

        Assert.Equal(new string('a', 8) + "…", cut);
    }
}
