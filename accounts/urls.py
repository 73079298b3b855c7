"""The portal's own account pages, mounted with allauth's under `akun/` (portal/urls.py)."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("nama/", views.display_name_change, name="display_name"),
    # Takes the place of allauth's own sign-up view at the same address (allauth's URL name still reverses here).
    path("signup/", views.SignupView.as_view(), name="signup"),
]
