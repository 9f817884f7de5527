using System.Net.Http.Headers;
using System.Text.Json;
using ProfileAsCode.JamfPro.Http;

namespace ProfileAsCode.JamfPro.Auth;

/// <summary>
/// Bearer tokens from <c>POST /api/oauth/token</c> with the client-credentials grant (form fields <c>grant_type</c>,
/// <c>client_id</c>, <c>client_secret</c>; answer <c>access_token</c>, <c>token_type</c>, <c>expires_in</c>, <c>scope</c>),
/// as documented in "Obtain an access token using an API Client"
/// (https://developer.jamf.com/jamf-pro/reference/postoauthtoken) and "Client Credentials"
/// (https://developer.jamf.com/jamf-pro/docs/client-credentials). Client-credentials tokens have no refresh token, so a
/// new one is requested shortly before the old one expires; one lives about ten minutes (Jamf's example answers
/// <c>expires_in: 599</c>, see "Generating a Client Secret" on learn.jamf.com).
/// </summary>
internal sealed class AccessTokenSource
{
    private const string TokenPath = "api/oauth/token";
    private const int MaxTokenAnswerChars = 64 * 1024;

    private readonly HttpClient http;
    private readonly JamfServerUrl server;
    private readonly ClientCredentials credentials;
    private readonly JamfClientOptions options;
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;

    public AccessTokenSource(HttpClient http, JamfServerUrl server, ClientCredentials credentials, JamfClientOptions options)
    {
        this.http = http;
        this.server = server;
        this.credentials = credentials;
        this.options = options;
    }

    /// <summary>How many tokens were obtained (for tests and diagnostics).</summary>
    public int TokensIssued { get; private set; }

    /// <summary>A token valid for a while yet, requesting a new one when the current one is about to expire.</summary>
    public async Task<string> GetAsync(CancellationToken cancel)
    {
        await gate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            if (token is null || options.Time.GetUtcNow() >= renewAt)
            {
                await RequestAsync(cancel).ConfigureAwait(false);
            }

            return token!;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The server refused <paramref name="refused"/> (401): forget it, so the next <see cref="GetAsync"/> asks for a new one.</summary>
    public void Invalidate(string refused)
    {
        gate.Wait();
        try
        {
            if (ReferenceEquals(token, refused) || token == refused)
            {
                token = null;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RequestAsync(CancellationToken cancel)
    {
        var what = $"POST {server.Resolve(TokenPath).AbsolutePath}";

        // Asking for a token stores nothing on the server, so it may be repeated like a GET.
        var answer = await Retrying.SendAsync(
            () => HttpAttempt.SendAsync(http, BuildRequest(), options, cancel),
            idempotent: true,
            options,
            cancel).ConfigureAwait(false);

        if (answer.Status is 400 or 401 or 403)
        {
            throw new JamfProException(
                JamfProProblem.Authentication,
                $"{what}: Jamf Pro refused the API client credentials ({answer.Describe()}); check {ClientCredentials.ClientIdVariable} and {ClientCredentials.ClientSecretVariable}, and that the API client is enabled and its secret not rotated.",
                answer.Status);
        }

        if (!answer.IsSuccess)
        {
            throw new JamfProException(
                answer.IsTransient ? JamfProProblem.Unavailable : JamfProProblem.BadResponse,
                $"{what}: no access token ({answer.Describe()}" + (answer.IsTransient ? $", still failing after {options.Retry.MaxAttempts} attempts" : "") + ").",
                answer.Status == 0 ? null : answer.Status);
        }

        var issuedAt = options.Time.GetUtcNow();
        var (accessToken, lifetime) = Parse(answer.Body, what);
        token = accessToken;
        var early = TimeSpan.FromTicks(Math.Min((long)(lifetime.Ticks * options.TokenRenewalFraction), TimeSpan.FromSeconds(60).Ticks));
        renewAt = issuedAt + lifetime - early;
        TokensIssued++;
    }

    private HttpRequestMessage BuildRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, server.Resolve(TokenPath))
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", credentials.ClientId),
                new("client_secret", credentials.ClientSecret),
            ]),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        return request;
    }

    private static (string Token, TimeSpan Lifetime) Parse(string body, string what)
    {
        if (body.Length > MaxTokenAnswerChars)
        {
            throw BadAnswer(what, "the answer is too large for a token");
        }

        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("access_token", out var tokenElement) || tokenElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(tokenElement.GetString()))
            {
                throw BadAnswer(what, "no access_token in the answer");
            }

            if (root.TryGetProperty("token_type", out var type) && type.ValueKind == JsonValueKind.String
                && !string.Equals(type.GetString(), "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw BadAnswer(what, $"token_type is {SafeText.Quoted(type.GetString(), 40)}, not Bearer");
            }

            if (!root.TryGetProperty("expires_in", out var expires) || expires.ValueKind != JsonValueKind.Number
                || !expires.TryGetDouble(out var seconds) || seconds <= 0 || seconds > TimeSpan.FromDays(1).TotalSeconds)
            {
                throw BadAnswer(what, "expires_in is missing or not a positive number of seconds");
            }

            return (tokenElement.GetString()!, TimeSpan.FromSeconds(seconds));
        }
        catch (JsonException)
        {
            throw BadAnswer(what, "the answer is not JSON");
        }
    }

    private static JamfProException BadAnswer(string what, string problem) =>
        new(JamfProProblem.BadResponse, $"{what}: {problem}; is the URL a Jamf Pro server (10.49 or later)?");
}
