import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useCallback } from "react"
import { useNavigate } from "react-router-dom"
import { queryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import { vendor } from "../../lib/vendor-client"

/** The signed-in member and their seller; `null` when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async () => {
      const token = await sdk.client.getToken()
      return token ? (await vendor.sellers.me()).seller : null
    },
    retry: false,
  })
}

export type Me = NonNullable<ReturnType<typeof useMe>["data"]>

export function useUpdateSeller() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: vendor.sellers.update,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.me }),
  })
}

export function useLogin() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (credentials: { email: string; password: string }) => {
      await sdk.auth.login("seller", "emailpass", credentials)
      client.clear()
    },
  })
}

/** Ends the session here: the JWT is dropped, every cached answer forgotten, the login page opened. */
export function useLogOut() {
  const client = useQueryClient()
  const navigate = useNavigate()
  return useCallback(
    async (to = "/login") => {
      await sdk.client.clearToken()
      client.clear()
      navigate(to, { replace: true })
    },
    [client, navigate]
  )
}

/** A new identity, then the seller on its registration token, then a real login. */
export function useSignUp() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (input: {
      email: string
      password: string
      name: string
      memberName: string
    }) => {
      await sdk.auth.register("seller", "emailpass", {
        email: input.email,
        password: input.password,
      })
      await vendor.sellers.register({
        name: input.name,
        email: input.email,
        member: { name: input.memberName },
      })
      await sdk.auth.login("seller", "emailpass", {
        email: input.email,
        password: input.password,
      })
      client.clear()
    },
  })
}

/** An invitee: a new identity for the invited email, then the invite's token accepted on it. */
export function useAcceptInvite() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (input: {
      token: string
      email: string
      password: string
      name: string
    }) => {
      await sdk.auth.register("seller", "emailpass", {
        email: input.email,
        password: input.password,
      })
      await vendor.invites.accept({ token: input.token, name: input.name })
      await sdk.auth.login("seller", "emailpass", {
        email: input.email,
        password: input.password,
      })
      client.clear()
    },
  })
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      sdk.auth.resetPassword("seller", "emailpass", { identifier: email }),
  })
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: { token: string; email: string; password: string }) =>
      sdk.auth.updateProvider(
        "seller",
        "emailpass",
        { email: input.email, password: input.password },
        input.token
      ),
  })
}
