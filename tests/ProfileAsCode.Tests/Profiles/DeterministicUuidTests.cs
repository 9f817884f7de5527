using ProfileAsCode.Profiles;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;

namespace ProfileAsCode.Tests.Profiles;

public class DeterministicUuidTests
{
    [Theory]
    [InlineData("com.contoso.jamfconnect")]
    [InlineData("com.contoso.jamfconnect.com.jamf.connect.login")]
    [InlineData("")]
    [InlineData("Jamf Connect — Entra ID ünïcödé 🚀")]
    public void MatchesPythonUuid5_InProfileAsCodeNamespace(string name)
    {
        Assert.Equal(PythonUuid.Uuid5(DeterministicUuid.Namespace, name), DeterministicUuid.ForName(name));
    }

    [Fact]
    public void MatchesPythonUuid5_InRfcDnsNamespace()
    {
        // RFC 9562 appendix namespace for DNS names, independent of ours.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(PythonUuid.Uuid5(dns, "www.example.com"), DeterministicUuid.Create(dns, "www.example.com"));
    }

    [Fact]
    public void MatchesRfc9562Example()
    {
        // RFC 9562 Appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal("2ED6657D-E927-568B-95E1-2665A8AEA6A2", DeterministicUuid.Create(dns, "www.example.com"));
    }

    [Fact]
    public void Namespace_IsTheDocumentedConstant()
    {
        Assert.Equal("1058e48b-165a-4a28-ab00-9f3a214d9724", DeterministicUuid.Namespace.ToString());
    }

    [Fact]
    public void Output_IsUpperCaseVersion5Rfc4122Variant()
    {
        var uuid = DeterministicUuid.ForName("com.contoso.jamfconnect");
        Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$", uuid);
    }
}
