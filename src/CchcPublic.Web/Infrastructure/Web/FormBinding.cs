using CchcPublic.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace CchcPublic.Web.Infrastructure.Web;

/// <summary>How every form and query value is bound, for all pages at once.</summary>
public static class FormBinding
{
    public static void Configure(MvcOptions options)
    {
        // Keys such as "[" make the jQuery-style factories throw, turning hostile input into HTTP 500
        // (dotnet/aspnetcore#41407); the site never posts jQuery-style nested keys.
        options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        options.ModelBinderProviders.Insert(0, new Provider());
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(v => $"Giá trị '{v}' không hợp lệ.");
        messages.SetAttemptedValueIsInvalidAccessor((v, f) => $"Giá trị '{v}' không hợp lệ cho {f}.");
        messages.SetValueMustBeANumberAccessor(f => $"{f} phải là số.");
        messages.SetMissingBindRequiredValueAccessor(f => $"Thiếu giá trị cho {f}.");
        messages.SetValueMustNotBeNullAccessor(f => $"{f} là bắt buộc.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetUnknownValueIsInvalidAccessor(f => $"Giá trị của {f} không hợp lệ.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Giá trị '{v}' không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Trường này phải là số.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
    }

    private sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            var type = context.Metadata.ModelType;
            if (type == typeof(string))
            {
                return new NfcStringBinder(new SimpleTypeModelBinder(type, context.Services.GetRequiredService<ILoggerFactory>()));
            }
            return type == typeof(bool) ? new TolerantBoolBinder() : null;
        }
    }

    /// <summary>Binds strings as NFC, so validation sees the text that will be stored.</summary>
    private sealed class NfcStringBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result.IsModelSet && context.Result.Model is string text)
            {
                var normalized = Nfc.Normalize(text);
                context.Result = ModelBindingResult.Success(normalized);
            }
        }
    }

    /// <summary>
    /// A checkbox posted with a value other than true/false would otherwise make the re-rendered form
    /// throw (dotnet/aspnetcore#55512). The bad value becomes "false" plus a field error.
    /// </summary>
    private sealed class TolerantBoolBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var result = context.ValueProvider.GetValue(context.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }
            // A checked box posts "true" and its hidden companion "false": any "true" means checked.
            var values = result.Values.ToArray();
            var valid = values.All(v => v is not null && (bool.TryParse(v, out _) || v is "on" or "1" or "0"));
            if (!valid)
            {
                context.ModelState.SetModelValue(context.ModelName, false, "false");
                context.ModelState.TryAddModelError(context.ModelName, "Giá trị đánh dấu không hợp lệ.");
                context.Result = ModelBindingResult.Success(false);
                return Task.CompletedTask;
            }
            var isTrue = values.Any(v => v is "on" or "1" || (bool.TryParse(v, out var b) && b));
            context.ModelState.SetModelValue(context.ModelName, result);
            context.Result = ModelBindingResult.Success(isTrue);
            return Task.CompletedTask;
        }
    }
}
