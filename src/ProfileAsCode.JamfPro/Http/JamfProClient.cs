using System.Net.Http.Headers;
using System.Text;
using ProfileAsCode.JamfPro.Auth;

namespace ProfileAsCode.JamfPro.Http;

/// <summary>One Classic API request: what it does, and the API-role privilege it needs (named when it is refused).</summary>
internal sealed record ClassicRequest(HttpMethod Method, string Path, string Privilege, string? XmlBody = null);

/// <summary>
/// Sends Classic API requests to one Jamf Pro server with a client-credentials bearer token (the Classic API accepts
/// them since 10.49: https://developer.jamf.com/jamf-pro/docs/client-credentials). GET, PUT and DELETE are retried on
/// transient failures; POST never is (see <see cref="JamfProException.OutcomeUnknown"/>). A 401 is answered once with
/// a fresh token; a second 401, or a 403, is a missing privilege: the Classic API answers 401 "The request requires user
/// authentication" when the account lacks the privilege for an endpoint ("Privilege Requirements",
/// https://developer.jamf.com/jamf-pro/docs/classic-api-minimum-required-privileges-and-endpoint-mapping).
/// Redirects are not followed, so a token is never sent to another host.
/// </summary>
internal sealed class JamfProClient : IDisposable
{
    private readonly HttpClient http;

    public JamfProClient(JamfServerUrl server, ClientCredentials credentials, JamfClientOptions? options = null, HttpMessageHandler? handler = null)
    {
        Server = server;
        Options = options ?? JamfClientOptions.Default;
        http = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Tokens = new AccessTokenSource(http, server, credentials, Options);
    }

    public JamfServerUrl Server { get; }

    public JamfClientOptions Options { get; }

    public AccessTokenSource Tokens { get; }

    /// <returns>A 2xx answer, or the 404 answer (the caller decides whether "not found" is an error).</returns>
    public async Task<HttpAnswer> SendAsync(ClassicRequest request, CancellationToken cancel)
    {
        var what = $"{request.Method} {SafeText.Of(Server.Resolve(request.Path).AbsolutePath)}";
        var idempotent = request.Method != HttpMethod.Post;
        HttpAnswer answer;
        for (var refreshed = false; ; refreshed = true)
        {
            string? used = null;
            answer = await Retrying.SendAsync(
                async () =>
                {
                    used = await Tokens.GetAsync(cancel).ConfigureAwait(false);
                    using var message = Build(request, used);
                    return await HttpAttempt.SendAsync(http, message, Options, cancel).ConfigureAwait(false);
                },
                idempotent,
                Options,
                cancel).ConfigureAwait(false);

            if (answer.Status != 401 || refreshed)
            {
                break;
            }

            // The token may have expired or been revoked early; a 401 means the request was not carried out, so it can be sent again.
            Tokens.Invalidate(used!);
        }

        if (answer.IsSuccess || answer.Status == 404)
        {
            return answer;
        }

        var reason = StatusPage.ReasonOf(answer.Body);
        var because = reason is null ? "" : $": {reason}";
        throw answer.Status switch
        {
            401 or 403 => new JamfProException(
                JamfProProblem.MissingPrivilege,
                $"{what}: Jamf Pro refused the request ({answer.Describe()}) even with a fresh token; the API client's role lacks the privilege \"{request.Privilege}\" (add it under Settings › System › API roles and clients).",
                answer.Status),
            409 => new JamfProException(JamfProProblem.Conflict, $"{what}: Jamf Pro refused it ({answer.Describe()}{because}).", 409),
            _ when answer.IsTransient && !idempotent => new JamfProException(
                JamfProProblem.Unavailable,
                $"{what}: {answer.Describe()}{because}; Jamf Pro may or may not have stored it.",
                answer.Status == 0 ? null : answer.Status,
                outcomeUnknown: true),
            _ when answer.IsTransient => new JamfProException(
                JamfProProblem.Unavailable,
                $"{what}: {answer.Describe()}{because}, still failing after {Options.Retry.MaxAttempts} attempts; try again later.",
                answer.Status == 0 ? null : answer.Status),
            >= 300 and < 400 => new JamfProException(
                JamfProProblem.BadResponse,
                $"{what}: the server redirected ({answer.Describe()}); give the final Jamf Pro URL (redirects are not followed so the token stays with one host).",
                answer.Status),
            _ => new JamfProException(JamfProProblem.BadResponse, $"{what}: unexpected {answer.Describe()}{because}.", answer.Status),
        };
    }

    public void Dispose() => http.Dispose();

    private HttpRequestMessage Build(ClassicRequest request, string token)
    {
        var message = new HttpRequestMessage(request.Method, Server.Resolve(request.Path));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        message.Headers.UserAgent.ParseAdd(Options.UserAgent);
        if (request.XmlBody is not null)
        {
            message.Content = new StringContent(request.XmlBody, new UTF8Encoding(false), "application/xml");
        }

        return message;
    }
}
