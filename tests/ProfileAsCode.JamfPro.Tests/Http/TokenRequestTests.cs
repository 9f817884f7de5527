using System.Net;
using System.Text;
using ProfileAsCode.JamfPro.Auth;
using ProfileAsCode.JamfPro.Http;

namespace ProfileAsCode.JamfPro.Tests.Http;

/// <summary>The token request exactly as "Obtain an access token using an API Client" documents it, and answers that are not a token.</summary>
public class TokenRequestTests
{
    [Fact]
    public async Task TokenRequest_IsAFormPostWithTheThreeDocumentedFields()
    {
        var handler = new Stub("{\"access_token\":\"abc\",\"scope\":\"api-role:2\",\"token_type\":\"Bearer\",\"expires_in\":599}");
        using var http = new HttpClient(handler);
        var tokens = new AccessTokenSource(http, JamfServerUrl.Parse("https://contoso.jamfcloud.com/"), new ClientCredentials("the id", "the secret&=+"), JamfClientOptions.Default);

        Assert.Equal("abc", await tokens.GetAsync(CancellationToken.None));
        Assert.Equal("abc", await tokens.GetAsync(CancellationToken.None));

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST https://contoso.jamfcloud.com/api/oauth/token", request.Line);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("grant_type=client_credentials&client_id=the+id&client_secret=the+secret%26%3D%2B", request.Body);
        Assert.Equal("application/json", request.Accept);
    }

    [Theory]
    [InlineData("<html>login page</html>", "the answer is not JSON")]
    [InlineData("{\"token\":\"abc\"}", "no access_token in the answer")]
    [InlineData("{\"access_token\":\"abc\",\"token_type\":\"mac\",\"expires_in\":10}", "token_type is \"mac\", not Bearer")]
    [InlineData("{\"access_token\":\"abc\",\"token_type\":\"Bearer\"}", "expires_in is missing or not a positive number of seconds")]
    [InlineData("{\"access_token\":\"abc\",\"expires_in\":-5}", "expires_in is missing or not a positive number of seconds")]
    public async Task AnswerThatIsNotAToken_IsOneLine(string answer, string expected)
    {
        using var http = new HttpClient(new Stub(answer));
        var tokens = new AccessTokenSource(http, JamfServerUrl.Parse("https://contoso.jamfcloud.com"), new ClientCredentials("id", "secret"), JamfClientOptions.Default);

        var error = await Assert.ThrowsAsync<JamfProException>(() => tokens.GetAsync(CancellationToken.None));

        Assert.Equal(JamfProProblem.BadResponse, error.Problem);
        Assert.Equal($"POST /api/oauth/token: {expected}; is the URL a Jamf Pro server (10.49 or later)?", error.Message);
    }

    [Fact]
    public void Credentials_FromTheEnvironment_NameWhatIsMissing_AndNeverShowValues()
    {
        var error = Assert.Throws<JamfProException>(() => ClientCredentials.FromEnvironment(name => name == "JAMF_CLIENT_ID" ? "an-id" : null));
        Assert.StartsWith("JAMF_CLIENT_SECRET is not set: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("an-id", error.Message, StringComparison.Ordinal);

        var both = Assert.Throws<JamfProException>(() => ClientCredentials.FromEnvironment(_ => "  "));
        Assert.StartsWith("JAMF_CLIENT_ID and JAMF_CLIENT_SECRET are not set: ", both.Message, StringComparison.Ordinal);

        var credentials = ClientCredentials.FromEnvironment(name => name == "JAMF_CLIENT_ID" ? " an-id " : "a-secret");
        Assert.Equal("an-id", credentials.ClientId);
        Assert.Equal("the API client from JAMF_CLIENT_ID", credentials.ToString());
    }

    private sealed class Stub(string answer) : HttpMessageHandler
    {
        public List<(string Line, string? ContentType, string Body, string Accept)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(($"{request.Method} {request.RequestUri}", request.Content?.Headers.ContentType?.MediaType, body, request.Headers.Accept.ToString()));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
