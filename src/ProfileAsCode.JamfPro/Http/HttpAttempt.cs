using System.Net.Http.Headers;
using System.Text;

namespace ProfileAsCode.JamfPro.Http;

/// <summary>
/// Sends one request with a timeout covering the whole exchange and reads at most
/// <see cref="JamfClientOptions.MaxResponseBytes"/> of the answer. Network failures become an <see cref="HttpAnswer"/>
/// with status 0 rather than exceptions, so the caller decides about retrying; messages never quote the request
/// (it may hold the client secret or a token).
/// </summary>
internal static class HttpAttempt
{
    public static async Task<HttpAnswer> SendAsync(HttpClient http, HttpRequestMessage request, JamfClientOptions options, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.Content.Headers.ContentLength is { } declared && declared > options.MaxResponseBytes)
            {
                throw TooLarge(request, options);
            }

            var body = await ReadBoundedAsync(response.Content, request, options, timeout.Token).ConfigureAwait(false);
            return new HttpAnswer(status, body, RetryAfterOf(response.Headers.RetryAfter, options.Time));
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new HttpAnswer(0, "", TransportFailure: $"no answer within {options.RequestTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            return new HttpAnswer(0, "", TransportFailure: "the connection failed (" + SafeText.Of(e.HttpRequestError.ToString(), 40) + ")");
        }
        catch (IOException)
        {
            return new HttpAnswer(0, "", TransportFailure: "the connection was dropped while reading the answer");
        }
    }

    private static async Task<string> ReadBoundedAsync(HttpContent content, HttpRequestMessage request, JamfClientOptions options, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxResponseBytes)
            {
                throw TooLarge(request, options);
            }

            buffer.Write(chunk, 0, read);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header, TimeProvider time) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";

    private static JamfProException TooLarge(HttpRequestMessage request, JamfClientOptions options) =>
        new(JamfProProblem.BadResponse, $"{request.Method} {SafeText.Of(request.RequestUri?.AbsolutePath)}: the answer is larger than {Size(options.MaxResponseBytes)}; refusing to read it.");
}
