using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace CchcPublic.Web.SiteConfig;

/// <summary>Dates in umbraco-config/ are written yyyy-MM-dd; anything else is reported in Vietnamese on its own line.</summary>
internal sealed class DateOnlyYamlConverter : IYamlTypeConverter
{
    private const string Format = "yyyy-MM-dd";

    public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        if (type == typeof(DateOnly?) && scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }
        if (DateOnly.TryParseExact(scalar.Value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new YamlException(scalar.Start, scalar.End, $"ngày '{scalar.Value}' không hợp lệ; viết theo dạng năm-tháng-ngày, ví dụ 2025-04-30.");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(value is DateOnly date ? date.ToString(Format, CultureInfo.InvariantCulture) : "null"));
}
