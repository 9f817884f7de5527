using ProfileAsCode.Host.Severity;

namespace ProfileAsCode.Host.Tests.Severity;

public sealed class EditorConfigGlobTests
{
    [Theory]
    [InlineData("*.cs", "Login.cs", true)]
    [InlineData("*.cs", "Profiles/Deep/Login.cs", true)]
    [InlineData("*.cs", "Login.csx", false)]
    [InlineData("Profiles/*.cs", "Profiles/Login.cs", true)]
    [InlineData("Profiles/*.cs", "Profiles/Deep/Login.cs", false)]
    [InlineData("/Profiles/**.cs", "Profiles/Deep/Login.cs", true)]
    [InlineData("Profiles/**/*.cs", "Profiles/Login.cs", true)]
    [InlineData("*.{cs,vb}", "Login.vb", true)]
    [InlineData("*.{cs,vb}", "Login.fs", false)]
    [InlineData("Login?.cs", "Login2.cs", true)]
    [InlineData("Login?.cs", "Login.cs", false)]
    [InlineData("Login[0-9].cs", "Login7.cs", true)]
    [InlineData("Login[!0-9].cs", "Login7.cs", false)]
    [InlineData("Profile{1..3}.cs", "Profile2.cs", true)]
    [InlineData("Profile{1..3}.cs", "Profile4.cs", false)]
    [InlineData("Login.cs", "Other/Login.cs", true)]
    public void MatchesLikeEditorConfig(string section, string relativePath, bool expected) =>
        Assert.Equal(expected, EditorConfigGlob.Compile(section).IsMatch(relativePath));
}
