from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class LoginForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, max_length=256)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)
    expires_in_days = forms.IntegerField(label=_("Expires in (days)"), min_value=1, max_value=365, initial=30)


class InvitationForm(forms.Form):
    password = forms.CharField(label=_("Choose a password"), widget=forms.PasswordInput, max_length=256)
